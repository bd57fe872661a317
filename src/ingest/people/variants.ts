/**
 * The resolver's units: every name printed on a byline is a mention; mentions with the same
 * cleaned spelling start as one variant, which the rules then join into people.
 */
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
}

export interface Variant {
  spelling: string;
  name: ParsedName;
  /** Indices of the occurrences printed with this spelling. */
  mentions: number[];
  papers: Set<number>;
  bylines: Set<number>;
}

export function collectVariants(occurrences: readonly NameOccurrence[]): {
  variants: Variant[];
  /** Variant index per occurrence; -1 for a name that cleans to nothing. */
  variantOf: Int32Array;
} {
  const bySpelling = new Map<string, number>();
  const variants: Variant[] = [];
  const variantOf = new Int32Array(occurrences.length).fill(-1);
  occurrences.forEach(({ spelling, paper, byline }, mention) => {
    const clean = cleanText(spelling);
    if (clean === '') return;
    let index = bySpelling.get(clean);
    if (index === undefined) {
      index = variants.length;
      bySpelling.set(clean, index);
      variants.push({
        spelling: clean,
        name: parseName(clean),
        mentions: [],
        papers: new Set(),
        bylines: new Set(),
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
