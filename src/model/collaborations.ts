import { buildPairTable, type PairTable } from './pairTable';
import type { Collaboration, PaperRecord } from './types';

/** Key of an unordered author pair: the two ids in code-point order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

type Byline = Pick<PaperRecord, 'authors' | 'linked'>;

/**
 * The pair table of `papers` over `ids` (author ids by index, extended with any byline id not
 * among them, so a byline never loses a name). Hyperauthored papers (see linking.ts) make no pair.
 */
export function pairTableOf(
  papers: readonly Byline[],
  ids: readonly string[],
  paperOrder?: Int32Array,
): { table: PairTable; ids: readonly string[] } {
  const all = [...ids];
  const indexOf = new Map<string, number>();
  all.forEach((id, i) => indexOf.set(id, i));
  const bylines = papers.map((paper) => {
    if (paper.linked === false) return null;
    return paper.authors.map((id) => {
      let index = indexOf.get(id);
      if (index === undefined) indexOf.set(id, (index = all.push(id) - 1));
      return index;
    });
  });
  const table = buildPairTable({
    authorCount: all.length,
    bylines,
    precedes: (a, b) => all[a]! < all[b]!,
    ...(paperOrder ? { paperOrder } : {}),
  });
  return { table, ids: all };
}

/**
 * Every coauthor pair with its joint papers. Derived, not stored: one paper with n authors
 * yields n(n-1)/2 pairs, so the pair list outgrows the bylines quickly. Papers marked
 * `linked: false` (more authors than the file's `maxLinkedAuthors`) make none.
 */
export function deriveCollaborations(
  papers: readonly Pick<PaperRecord, 'id' | 'authors' | 'linked'>[],
): Collaboration[] {
  const { table, ids } = pairTableOf(papers, []);
  const out: Collaboration[] = [];
  for (let i = 0; i < table.size; i++) {
    const start = table.paperOffsets[i]!;
    const end = table.paperOffsets[i + 1]!;
    const joint: string[] = [];
    for (let k = start; k < end; k++) joint.push(papers[table.paperIndices[k]!]!.id);
    out.push({
      source: ids[table.source[i]!]!,
      target: ids[table.target[i]!]!,
      weight: end - start,
      papers: joint,
    });
  }
  return out;
}

/** Linked papers signed by both authors, in the order of `papers`. */
export function jointPapers<P extends Pick<PaperRecord, 'authors' | 'linked'>>(
  papers: readonly P[],
  a: string,
  b: string,
): P[] {
  return papers.filter((p) => p.linked !== false && p.authors.includes(a) && p.authors.includes(b));
}
