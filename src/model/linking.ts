/**
 * Hyperauthorship: a paper with thousands of authors (a physics consortium, a genome project)
 * would make millions of coauthor pairs from one byline and drown every real collaboration.
 * As in VOSviewer, papers with more than `maxLinkedAuthors` distinct authors are left out of
 * the link counts: they stay in every author's paper list and in their own panel, marked
 * `linked: false`, but make no collaboration, no layout spring and no pair for the page.
 */
import type { PaperRecord } from './types';

/** The build's default (`--max-linked-authors`), and the page's for files that carry none. */
export const DEFAULT_MAX_LINKED_AUTHORS = 25;

/** Distinct authors of a byline (a person printed twice is one). */
export function distinctAuthors(authors: readonly string[]): number {
  return authors.length <= 1 ? authors.length : new Set(authors).size;
}

/** True when the paper's byline counts towards collaborations. */
export function isLinked(paper: Pick<PaperRecord, 'linked'>): boolean {
  return paper.linked !== false;
}

/**
 * The papers with `linked: false` on those above `max` distinct authors (new objects for
 * those only; the field goes last so every other paper keeps its bytes).
 */
export function markUnlinked<P extends Pick<PaperRecord, 'authors' | 'linked'>>(
  papers: readonly P[],
  max: number,
): { papers: P[]; unlinked: number } {
  let unlinked = 0;
  const out = papers.map((paper) => {
    if (paper.linked === false) {
      unlinked++;
      return paper;
    }
    if (paper.authors.length <= max || distinctAuthors(paper.authors) <= max) return paper;
    unlinked++;
    return { ...paper, linked: false as const };
  });
  return { papers: out, unlinked };
}
