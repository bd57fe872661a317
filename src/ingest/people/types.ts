/** What people resolution gives the rest of the build step. */
import type { PersonIds } from '../../model/identifiers';
import type { SourceRef } from '../../model/types';
import type { PersonRule } from './personClusters';

export interface ResolvedPerson {
  id: string;
  name: string;
  /** Every spelling seen except `name`. */
  aliases: string[];
  /** Every distinct spelling, as printed (cleaned). */
  spellings: string[];
  /** Papers (indices) this person signs. */
  papers: number[];
  /** Listing entries (indices) whose byline names this person. */
  bylines: number[];
  /** Identifiers the sources give for this person. */
  ids: PersonIds;
}

export interface PersonMerge {
  person: string;
  spelling: string;
  into: string;
  rule: PersonRule;
  /** What showed it, in words: the aligned bylines, the shared coauthors. */
  evidence: string[];
  /** Set when only this one printed name was joined (the spelling elsewhere fits others too). */
  at?: SourceRef;
}

export interface LikelyDuplicate {
  ids: [string, string];
  names: [string, string];
  evidence: string[];
}

export interface PeopleResolution {
  people: ResolvedPerson[];
  /** Person index per occurrence (-1 for a name that cleans to nothing). */
  personOfMention: Int32Array;
  /** Person index per cleaned spelling (where a spelling went to several, the one most of it went to). */
  personOf: Map<string, number>;
  merges: PersonMerge[];
  likelyDuplicates: LikelyDuplicate[];
}
