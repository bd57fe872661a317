import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/random';
import { AbstractIndex } from './abstractIndex';

const VOCABULARY = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);

/** Abstracts in families: each family rewrites one text (words swapped, dropped, added). */
function abstracts(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const word = (): string => VOCABULARY[Math.floor(random() ** 2 * VOCABULARY.length)]!;
  const families = Array.from({ length: Math.ceil(count / 4) }, () =>
    Array.from({ length: 40 + Math.floor(random() * 60) }, word),
  );
  return Array.from({ length: count }, (_, i) =>
    families[i % families.length]!.filter(() => random() > 0.2)
      .map((w) => (random() < 0.15 ? word() : w))
      .join(' '),
  );
}

describe('AbstractIndex.similarity with a threshold', () => {
  it('gives the exact similarity when it reaches the threshold, and 0 when it does not', () => {
    const index = new AbstractIndex(abstracts(80, 5));
    let above = 0;
    let below = 0;
    for (let a = 0; a < 80; a++) {
      for (let b = 0; b < 80; b++) {
        const exact = index.similarity(a, b);
        for (const atLeast of [0.2, 0.5, 0.7, 0.93]) {
          const cut = index.similarity(a, b, atLeast);
          if (exact >= atLeast) above++;
          else below++;
          expect(cut).toBe(exact >= atLeast ? exact : 0);
        }
      }
    }
    // The fixture has to exercise both sides of each threshold.
    expect(above).toBeGreaterThan(100);
    expect(below).toBeGreaterThan(100);
  });

  it('finds a document’s rewrites among its candidates, best first', () => {
    const index = new AbstractIndex(abstracts(80, 9));
    const found = index.candidates(0, 12);
    expect(found).not.toContain(0);
    expect(found).toContain(20);
    const scores = found.map((d) => index.similarity(0, d));
    expect(scores[0]).toBeGreaterThan(0.3);
  });
});

describe('AbstractIndex over repeated texts', () => {
  // One paper on several coauthors' pages: the same abstract three times, among others.
  const base = abstracts(60, 4);
  const repeated = base.flatMap((text, i) => (i % 3 === 0 ? [text, text, text] : [text]));
  // The same documents with every copy a string of its own that reads as the same words
  // (punctuation is no word): indexed copy by copy, as if texts were never shared.
  const seen = new Map<string, number>();
  const apart = repeated.map((text) => {
    const copies = seen.get(text) ?? 0;
    seen.set(text, copies + 1);
    return text + '.'.repeat(copies);
  });

  it('answers as an index of every copy does', () => {
    const shared = new AbstractIndex(repeated);
    const separate = new AbstractIndex(apart);
    for (let doc = 0; doc < repeated.length; doc++) {
      const found = shared.candidates(doc, 12);
      expect(found).toEqual(separate.candidates(doc, 12));
      for (const other of found)
        expect(shared.similarity(doc, other, 0.4)).toBe(separate.similarity(doc, other, 0.4));
    }
  });

  it('gives a document its copies as its best candidates', () => {
    const index = new AbstractIndex(repeated);
    expect(index.candidates(1, 3).slice(0, 2)).toEqual([0, 2]);
    expect(index.similarity(0, 2)).toBeCloseTo(1, 6);
  });
});
