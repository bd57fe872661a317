/**
 * The resolver's units: every name printed on a byline is a mention; mentions with the same
 * cleaned spelling start as one variant, which the rules then join into people.
 */
import { PERSON_ID_KINDS, type PersonIds } from '../../model/identifiers';
import type { SourceRef } from '../../model/types';
import { cleanText } from '../../text/fold';
import { parseName, type ParsedName } from './names';

export interface NameOccurrence {
  spelling: string;
  /** Index of the paper whose byline holds this spelling. */
  paper: number;
  /** Index of the listing entry (one printed byline): two names in one byline are two people. */
  byline: number;
  /** Place in that byline, from 0. */
  position: number;
  /** Where the byline was printed, for the report's evidence. */
  ref?: SourceRef;
  /** The person's identifiers, when the source gives them (an ORCID, a dblp pid). */
  ids?: PersonIds;
}

export interface Variant {
  spelling: string;
  name: ParsedName;
  /** Indices of the occurrences printed with this spelling. */
  mentions: number[];
  papers: Set<number>;
  bylines: Set<number>;
  /** Identifiers its printings carry; printings with different ones are different variants. */
  ids: PersonIds;
}

/** Printings of one spelling with different ids are apart from the start: two Wei Wangs. */
function identityKey(ids: PersonIds | undefined): string {
  if (!ids) return '';
  return PERSON_ID_KINDS.flatMap((k) => (ids[k] ? [`${k}:${ids[k]}`] : [])).join(' ');
}

export function collectVariants(occurrences: readonly NameOccurrence[]): {
  variants: Variant[];
  /** Variant index per occurrence; -1 for a name that cleans to nothing. */
  variantOf: Int32Array;
} {
  const bySpelling = new Map<string, number>();
  const variants: Variant[] = [];
  const variantOf = new Int32Array(occurrences.length).fill(-1);
  occurrences.forEach(({ spelling, paper, byline, ids }, mention) => {
    const clean = cleanText(spelling);
    if (clean === '') return;
    const key = `${clean}\u0000${identityKey(ids)}`;
    let index = bySpelling.get(key);
    if (index === undefined) {
      index = variants.length;
      bySpelling.set(key, index);
      variants.push({
        spelling: clean,
        name: parseName(clean),
        mentions: [],
        papers: new Set(),
        bylines: new Set(),
        ids: { ...ids },
      });
    }
    const variant = variants[index]!;
    variant.mentions.push(mention);
    variant.papers.add(paper);
    variant.bylines.add(byline);
    variantOf[mention] = index;
  });
  return { variants, variantOf };
}
