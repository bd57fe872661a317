import type { PersonIds } from '../../model/identifiers';
import type { SourceRef, VenueType } from '../../model/types';

/** A listing file's text, already decoded, with its path relative to where the user pointed. */
export interface SourceText {
  file: string;
  text: string;
  /**
   * Other files of the same site that a format asked for (`ListingFormat.companions`), read
   * by the read stage: a Hugo publication gets its site's author pages, which name `admin`.
   * Undefined when no format asked for any; an empty list when they were looked for and none
   * was there.
   */
  companions?: readonly SourceText[];
  /** Where the companions were looked for (`site/content/authors`), for messages. */
  companionFolder?: string;
}

/**
 * A listing the read stage found, checked and set aside without its text: the parse stage reads
 * it again (`readText`) when it gets to it, so a build holds one file's text at a time, not
 * every file's (at L, 1,355 files and 450 MB of heap).
 */
export interface ListingOnDisk extends Omit<SourceText, 'text'> {
  /** The same text the read stage checked; throws when the file changed since. */
  readText(): string;
}

/** What the parse stage takes: a text in hand, or one on disk. */
export type ListingSource = SourceText | ListingOnDisk;

/**
 * What a format asks the read stage to attach to a source found at some path: the files under
 * `folder` (an absolute path) whose path relative to it `matches`. Bounded by the read stage
 * (`MAX_COMPANIONS` files, each at most `MAX_COMPANION_BYTES`).
 */
export interface CompanionRequest {
  folder: string;
  matches(relative: string): boolean;
}

export interface ListingDate {
  year: number | null;
  /** 1-12 */
  month: number;
  day: number;
  /** True when the listing omitted the year and it was inferred from the page. */
  yearInferred: boolean;
}

export interface ListingVenue {
  name: string;
  year: number;
  type: VenueType;
  /** The venue line as printed (`ICML Conference 2024 Conference Paper`). */
  label: string;
}

/** One entry of a listing, as printed: names are raw spellings, nothing resolved yet. */
export interface ListingEntry {
  ref: SourceRef;
  /** Missing for abstract-only listings. */
  title?: string;
  /** Author spellings in byline order, the owner appended when the listing hid them. */
  authors: string[];
  /** The listing cut the byline (`et al.`, a capped bullet list). */
  authorsCut: boolean;
  /** The owner was not among the printed names and was appended. */
  ownerAdded: boolean;
  abstract?: string;
  date?: ListingDate;
  /** Publication year, when a source gives a year but neither a full date nor a venue (BibTeX `year` alone). */
  year?: number;
  venue?: ListingVenue;
  category?: string;
  hasCode?: boolean;
  affiliation?: string;
  /** The work's identifiers as this source gives them, normalised (`src/ingest/ids/normalise.ts`). */
  ids?: EntryIds;
  /** Identifiers of the people on the byline, place by place (`undefined` where a source gives none). */
  authorIds?: (PersonIds | undefined)[];
}

/** One entry names one version of a work: at most one id of each kind. */
export interface EntryIds {
  doi?: string;
  arxiv?: string;
  dblp?: string;
  openalex?: string;
  pmid?: string;
}

export type IssueSeverity = 'warning' | 'error';

/** Something the user should know about an input, pinned to a line. */
export interface ParseIssue extends SourceRef {
  severity: IssueSeverity;
  message: string;
}

/** Text the parser recognised as an entry but could not use. */
export interface RejectedEntry {
  ref: SourceRef;
  text: string;
  reason: string;
}

export interface ParsedListing {
  file: string;
  format: FormatId;
  /** The person whose publication page this is: an author of every entry. */
  owner?: string;
  /** Entry count the page claims in its header, when it claims one. */
  claimedCount?: number;
  entries: ListingEntry[];
  rejected: RejectedEntry[];
  issues: ParseIssue[];
}

export type FormatId =
  | 'profile-listing'
  | 'author-cluster'
  | 'abstract-list'
  | 'bibtex'
  | 'csl-json'
  | 'openalex'
  | 'ris'
  | 'dblp-xml'
  | 'hugo-academic';

/**
 * One listing format. Adding a format means adding one file that implements this (its id
 * added to `FormatId`) and registering it in `formats/index.ts`.
 */
export interface ListingFormat {
  id: FormatId;
  /** Human-readable name for messages (`profile listing`). */
  label: string;
  /** What a file of this format looks like, for the "unknown format" message. */
  hint: string;
  /** Extensions (lower case, with the dot; `''` for none) that a folder scan reads as listings. */
  extensions: readonly string[];
  /**
   * Set for extensions that other tools use for other things too (`.json`: settings, exports):
   * a folder's file with one is read only when a format recognises its content, else skipped.
   */
  onlyIfRecognised?: boolean;
  /** How sure we are (0 to 1) that these lines are this format. Must be cheap: it sees every file. */
  detect(lines: readonly string[]): number;
  parse(source: SourceText, lines: readonly string[]): ParsedListing;
  /**
   * Files beside a source that this format needs to read it (a pure function of the path; the
   * read stage reads them). Undefined for a path this format has nothing to ask about.
   */
  companions?(absolutePath: string): CompanionRequest | undefined;
  /**
   * Why a folder's file at this path (of any extension) is not the user's, though its content
   * may look like a listing (a Hugo theme's demo publications), or undefined. Files named on
   * the command line are read.
   */
  excludes?(absolutePath: string): string | undefined;
}
