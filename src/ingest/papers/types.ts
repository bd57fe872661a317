/** What paper resolution gives the rest of the build step, and why it joined or kept apart. */
import type { SourceRef } from '../../model/types';
import type { ListingEntry, ParseIssue } from '../formats/types';

export interface PaperCluster {
  /** Entries in input order: titled entries first found, abstract-only ones attached. */
  entries: ListingEntry[];
}

export interface UnmatchedGroup {
  entries: ListingEntry[];
  reason: string;
  /** Best similarity to any paper, for the report (0 when there was no candidate). */
  bestSimilarity: number;
}

/** Why two entries became one paper, for the report. */
export interface PaperMerge {
  a: SourceRef;
  b: SourceRef;
  titleMatch: boolean;
  /** Abstract similarity, or null when one side had no abstract. */
  similarity: number | null;
  kind:
    | 'identifier'
    | 'title-and-abstract'
    | 'abstract'
    | 'title'
    | 'duplicate-in-file'
    | 'abstract-only'
    | 'alias-file';
  /** For `identifier`: the id both entries carry (`doi:10.1145/…`). */
  identifier?: string;
}

/** Two entries whose text matched but whose bylines say they are two works. */
export interface PapersKeptApart {
  a: SourceRef;
  b: SourceRef;
  reason:
    'bylines-conflict' | 'no-shared-author' | 'different-doi' | 'different-arxiv' | 'alias-file';
}

export interface PaperResolution {
  papers: PaperCluster[];
  keptApart: PapersKeptApart[];
  unmatched: UnmatchedGroup[];
  merges: PaperMerge[];
  issues: ParseIssue[];
}
