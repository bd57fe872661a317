import { describe, expect, it } from 'vitest';
import { seededRandom } from '../util/random';
import { deriveCollaborations, pairKey } from './collaborations';
import { buildPairTable } from './pairTable';
import type { Collaboration } from './types';

/** The string-keyed derivation the pair table replaced: the behaviour it must keep. */
function byStringKeys(
  papers: { id: string; authors: string[]; linked?: false }[],
): Collaboration[] {
  const byPair = new Map<string, Collaboration>();
  for (const paper of papers) {
    if (paper.linked === false) continue;
    const authors = [...new Set(paper.authors)];
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const [a, b] = [authors[i]!, authors[j]!];
        let pair = byPair.get(pairKey(a, b));
        if (!pair) {
          const [source, target] = a < b ? [a, b] : [b, a];
          byPair.set(pairKey(a, b), (pair = { source, target, weight: 0, papers: [] }));
        }
        pair.weight++;
        pair.papers.push(paper.id);
      }
    }
  }
  return [...byPair.values()];
}

/** Random bylines over a few ids whose file order is not their code-point order. */
function randomPapers(seed: number, count: number) {
  const random = seededRandom(seed);
  const ids = ['m', 'b', 'zed', 'a', 'k', 'c2', 'c10', 'q', 'é', 'B'];
  return Array.from({ length: count }, (_, p) => {
    const length = Math.floor(random() * 6);
    const authors = Array.from({ length }, () => ids[Math.floor(random() * ids.length)]!);
    return { id: `p${p}`, authors, ...(random() < 0.1 ? { linked: false as const } : {}) };
  });
}

describe('pair table', () => {
  it('gives the pairs, their order, orientation and papers of the string-keyed derivation', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const papers = randomPapers(seed, 200);
      expect(deriveCollaborations(papers)).toEqual(byStringKeys(papers));
    }
  });

  it('lists each pair’s papers in the order asked for', () => {
    // Papers 0 and 2 are both by authors 0 and 1; paper 1 is by 1 and 2 (0 printed twice).
    const table = buildPairTable({
      authorCount: 3,
      bylines: [[0, 1], [1, 2, 1], [1, 0, 0], null],
      precedes: (a, b) => a > b,
      paperOrder: Int32Array.from([3, 2, 1, 0]),
    });
    expect(table.size).toBe(2);
    // Pairs in order of first occurrence, each led by its "first" author (here the larger index).
    expect([...table.source]).toEqual([1, 2]);
    expect([...table.target]).toEqual([0, 1]);
    expect([...table.paperOffsets]).toEqual([0, 2, 3]);
    expect([...table.paperIndices]).toEqual([2, 0, 1]);
  });

  it('makes no pair from a byline of one, an empty one or an unlinked one', () => {
    const table = buildPairTable({
      authorCount: 2,
      bylines: [[0], [], null, [1, 1]],
      precedes: (a, b) => a < b,
    });
    expect(table.size).toBe(0);
    expect([...table.paperOffsets]).toEqual([0]);
  });
});
