import type { SourceRef } from '../../model/types';
import type { IssueSeverity } from '../formats/types';
import type { PaperMerge, PapersKeptApart } from '../papers/resolvePapers';
import type { LikelyDuplicate, PersonMerge } from '../people/resolveAuthors';

/** What became of one listing entry. Every entry of every input gets exactly one. */
export type EntryOutcome =
  | { outcome: 'merged'; paper: string; with: number; people?: string[] }
  | { outcome: 'kept'; paper: string; people?: string[] }
  | { outcome: 'unmatched'; record: number; reason: string }
  | { outcome: 'rejected'; reason: string };

/**
 * `people`: the person id at each place of the entry's byline as parsed (the owner appended
 * where the listing hid them), so one printed name can be traced to the person it became.
 */
export type EntryFate = SourceRef & EntryOutcome & { text: string };

export interface FileReport {
  file: string;
  /**
   * Detected format id; or why the file was not used: `skipped` (not a listing file type, a
   * duplicate), `empty`, `unknown` (format), `binary`, `unreadable`.
   */
  format: string;
  confidence: number;
  owner?: string;
  claimedCount?: number;
  entries: number;
  rejected: number;
  note?: string;
}

export interface ReportIssue extends SourceRef {
  severity: IssueSeverity;
  message: string;
  /** `file` when the issue is about a whole file that gave nothing (skipped, unreadable). */
  scope?: 'file';
}

export interface Accounting {
  entriesRead: number;
  merged: number;
  kept: number;
  unmatched: number;
  rejected: number;
  /**
   * merged + kept + unmatched + rejected === entriesRead, and every entry got exactly one
   * fate from the stages (none lost, none claimed twice, none invented).
   */
  balanced: boolean;
}

export interface BuildSummary {
  files: number;
  entries: number;
  papers: number;
  authors: number;
  collaborations: number;
  paperMerges: number;
  personMerges: number;
  unmatched: number;
  warnings: number;
  likelyDuplicates: number;
  /** Papers above `maxLinkedAuthors` distinct authors: kept, but not linked (src/model/linking.ts). */
  unlinkedPapers?: number;
  maxLinkedAuthors?: number;
}

export interface BuildReport {
  summary: BuildSummary;
  accounting: Accounting;
  files: FileReport[];
  entries: EntryFate[];
  paperMerges: PaperMerge[];
  /** Entries whose text matched but whose bylines show two works. */
  papersKeptApart: PapersKeptApart[];
  personMerges: PersonMerge[];
  likelyDuplicates: LikelyDuplicate[];
  aliasFiles: string[];
  issues: ReportIssue[];
}
