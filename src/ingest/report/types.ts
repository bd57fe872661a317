import type { SourceRef } from '../../model/types';
import type { IssueSeverity } from '../formats/types';
import type { PaperMerge, PapersKeptApart } from '../papers/types';
import type { LikelyDuplicate, PersonMerge } from '../people/types';

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
  /** Present when the build compared itself with a previous graph file. */
  changes?: BuildChanges;
}

/**
 * What changed since the previous graph file (issue 14), in the report when there was one:
 * ids with names and titles; collaborations by author ids (the previous build's for removed
 * ones). `unchanged`: nothing was added or removed, so the people kept their exact places.
 */
export interface BuildChanges {
  previous: { file: string; fingerprint: string };
  unchanged: boolean;
  papers: { added: { id: string; title: string }[]; removed: { id: string; title: string }[] };
  people: {
    added: { id: string; name: string }[];
    removed: { id: string; name: string }[];
    /** In both builds under another display name (and so often another id). */
    renamed: { id: string; previousId: string; name: string; previousName: string }[];
  };
  collaborations: {
    added: { source: string; target: string; names: [string, string] }[];
    removed: { source: string; target: string; names: [string, string] }[];
  };
}
