import type { Collaboration, PaperRecord } from './types';

/** Key of an unordered author pair: the two ids in code-point order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Every coauthor pair with its joint papers. Derived, not stored: one paper with n authors
 * yields n(n-1)/2 pairs, so the pair list outgrows the bylines quickly. Papers marked
 * `linked: false` (more authors than the file's `maxLinkedAuthors`) make none.
 */
export function deriveCollaborations(
  papers: readonly Pick<PaperRecord, 'id' | 'authors' | 'linked'>[],
): Collaboration[] {
  const byPair = new Map<string, Collaboration>();
  for (const paper of papers) {
    // A hyperauthored paper (see linking.ts) makes no pair.
    if (paper.linked === false) continue;
    const authors = [...new Set(paper.authors)];
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const a = authors[i]!;
        const b = authors[j]!;
        const key = pairKey(a, b);
        let pair = byPair.get(key);
        if (!pair) {
          const [source, target] = a < b ? [a, b] : [b, a];
          byPair.set(key, (pair = { source, target, weight: 0, papers: [] }));
        }
        pair.weight++;
        pair.papers.push(paper.id);
      }
    }
  }
  return [...byPair.values()];
}

/** Linked papers signed by both authors, in the order of `papers`. */
export function jointPapers<P extends Pick<PaperRecord, 'authors' | 'linked'>>(
  papers: readonly P[],
  a: string,
  b: string,
): P[] {
  return papers.filter((p) => p.linked !== false && p.authors.includes(a) && p.authors.includes(b));
}
