/**
 * How a joint paper counts towards the link between two of its authors. Full counting gives
 * every pair of a paper 1; fractional counting gives each pair 1/(n−1) for a paper with n
 * authors, so that each author's links from one paper add up to 1 whatever the byline length
 * (the bibliometric convention, as in VOSviewer): a 40-author consortium paper no longer
 * outweighs a two-person collaboration.
 */
export type CountingMode = 'full' | 'fractional';

export const COUNTING_MODES: readonly CountingMode[] = ['full', 'fractional'];

/** What one paper with `authorCount` distinct authors adds to each of its pairs. */
export function pairContribution(authorCount: number, mode: CountingMode): number {
  if (authorCount < 2) return 0;
  return mode === 'full' ? 1 : 1 / (authorCount - 1);
}

/** Distinct authors of a paper (a byline can repeat a person under two spellings merged into one). */
export function distinctAuthorCount(authors: readonly string[]): number {
  let duplicates = false;
  for (let i = 1; i < authors.length && !duplicates; i++) {
    if (authors.indexOf(authors[i]!) < i) duplicates = true;
  }
  return duplicates ? new Set(authors).size : authors.length;
}
