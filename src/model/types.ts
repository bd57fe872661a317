/**
 * The graph file: the one contract between the build step and the client.
 *
 * Topology (who wrote which paper) lives in `papers[].authors`; collaborations are
 * derived from it (see `collaborations.ts`) rather than stored, because at field
 * scale the pair list is many times larger than the bylines it comes from.
 */

import type { PaperIds, PersonIds } from './identifiers';

/**
 * 2: papers and authors may carry `ids` (DOI, arXiv, ORCID, dblp, OpenAlex, PubMed).
 * The page still reads version 1 files, which are version 2 files without ids.
 */
export const SCHEMA_VERSION = 2;
export const OLDEST_READABLE_SCHEMA = 1;

/** Where an entry came from: the listing file (relative path) and its 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface AuthorRecord {
  /** Stable, URL-friendly id derived from the display name (`martin-takac`). */
  id: string;
  /** Display name: the fullest variant seen, with diacritics, without DBLP suffixes. */
  name: string;
  /** Every other spelling seen in the inputs (never includes `name`). */
  aliases: string[];
  /** Number of papers in `papers` that list this author. */
  paperCount: number;
  /** Precomputed layout position (ForceAtlas2, seeded). */
  x: number;
  y: number;
  /** True for the owner of a listing (connected to everyone in it). */
  owner?: boolean;
  /** The lab roster's entry for this author, when a roster was given and names them. */
  roster?: RosterEntry;
  /** Identifiers the sources give for this person (an ORCID, a dblp pid, an OpenAlex author). */
  ids?: PersonIds;
  /** Not in the previous build this one was compared with (see `GraphFile.changes`). */
  new?: true;
  /**
   * On a rebuild: the colour slot of this author's community, continued from the previous
   * build, so the page can keep each community's colour (a hint; the page still clusters).
   */
  community?: number;
  /**
   * The other spellings the build joined into this person and why (issue 15): the rule and its
   * evidence in words, as in the report's `personMerges`. Absent when nothing was merged.
   */
  merged?: MergedSpelling[];
}

/** One spelling joined into an author: `Sebastian Stich` by `middle-names`, with the evidence. */
export interface MergedSpelling {
  spelling: string;
  rule: string;
  evidence: string[];
}

/**
 * A lab member as the roster lists them. `status` is relative to the build: a member whose
 * `to` year is past is an alumnus. Authors without an entry are external collaborators
 * (when the file has a `roster` at all).
 */
export interface RosterEntry {
  role: string;
  /** First year in the lab. */
  from?: number;
  /** Last year in the lab; absent while still a member. */
  to?: number;
  status: 'member' | 'alumnus';
}

export interface RosterInfo {
  /** The roster file, as given to the build step. */
  file: string;
  /** Roster entries matched to an author of the graph. */
  matched: number;
  /** Roster entries that sign no paper of the graph. */
  unmatched: string[];
}

export type VenueType = 'conference' | 'journal' | 'workshop' | 'preprint' | 'other';

export interface PaperRecord {
  id: string;
  /** Best title: the venue version when there is one. */
  title: string;
  /** The other titles this paper was listed under (arXiv vs venue titles, spelling variants). */
  altTitles: string[];
  /** Publication year: the venue year when known, else the listing date's year; null when unknown. */
  year: number | null;
  /** True when `year` comes from a listing date that omitted the year. */
  yearInferred?: boolean;
  /** Earliest listing date, ISO `YYYY-MM-DD`. */
  date?: string;
  /** True when `date`'s year was inferred (the listing printed only month and day). */
  dateInferred?: boolean;
  venue?: string;
  venueType?: VenueType;
  /** Subject category as printed by the listing (`LG`, `CL`, `OC`, ...). */
  category?: string;
  /** The listing flagged a code release. */
  hasCode?: boolean;
  /** Author ids in byline order. */
  authors: string[];
  /** False when a listing cut the byline (`et al.`, a capped bullet list) or the owner had to be added. */
  authorsComplete: boolean;
  abstract?: string;
  affiliations?: string[];
  /** Every listing entry that became part of this paper. */
  sources: SourceRef[];
  /** Identifiers of the work (every DOI, arXiv id, … its entries carry). */
  ids?: PaperIds;
  /** Not in the previous build this one was compared with (see `GraphFile.changes`). */
  new?: true;
  /**
   * `false` when the paper has more distinct authors than the file's `maxLinkedAuthors`: it is
   * in its authors' paper lists but makes no collaboration (see `linking.ts`). Absent = linked.
   */
  linked?: false;
}

/** A listing entry that could not become part of the graph (e.g. an abstract that matches no paper). */
export interface UnmatchedRecord {
  file: string;
  line: number;
  text: string;
  reason: string;
  /** Other entries with the same text in another version (a revised abstract), merged into this record. */
  otherSources?: SourceRef[];
}

export interface SourceFileRecord {
  file: string;
  format: string;
  entries: number;
  owner?: string;
}

export interface LayoutInfo {
  algorithm: 'forceatlas2';
  seed: number;
  iterations: number;
  /**
   * Present when the layout started from a previous build's positions (issue 14): that file's
   * fingerprint. Absent for a fresh, seeded layout.
   */
  previous?: string;
}

/**
 * What a rebuild changed against the previous graph file (present only when there was one).
 * Versioned on its own: optional, so readers of schema 2 that do not know it ignore it. Added
 * papers and people carry `new: true`, every author a `community` colour hint (up to 20,000
 * authors); what was removed is counted here.
 */
export interface ChangesInfo {
  version: 1;
  /** Fingerprint of the previous graph file (a hash of its bytes: no clock, no path). */
  previous: string;
  papers: { added: number; removed: number };
  authors: { added: number; removed: number };
  collaborations: { added: number; removed: number };
}

export interface GraphFile {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: string;
  /** Ids of listing owners (also flagged with `owner: true` in `authors`). */
  owners: string[];
  sources: SourceFileRecord[];
  authors: AuthorRecord[];
  papers: PaperRecord[];
  unmatched: UnmatchedRecord[];
  layout: LayoutInfo;
  /** Present when the build was given a lab roster (see `AuthorRecord.roster`). */
  roster?: RosterInfo;
  /** Present when the build compared itself with a previous graph file. */
  changes?: ChangesInfo;
  /**
   * Papers with more distinct authors than this are not linked (`papers[].linked: false`).
   * Absent in files written before it existed: the page then applies the default, 25.
   */
  maxLinkedAuthors?: number;
}

/** A coauthor pair with its joint papers, derived from `papers`. */
export interface Collaboration {
  source: string;
  target: string;
  /** Number of joint papers. */
  weight: number;
  papers: string[];
}
