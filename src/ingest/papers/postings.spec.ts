import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/random';
import { PostingLists } from './postings';

/** The lists as the old map of growing arrays kept them: a list that would pass `cap` is dropped. */
function reference(docKeys: number[][], cap: number): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  const saturated = new Set<number>();
  docKeys.forEach((keys, doc) => {
    for (const key of keys) {
      if (saturated.has(key)) continue;
      const list = lists.get(key) ?? [];
      if (list.length < cap) lists.set(key, [...list, doc]);
      else {
        lists.delete(key);
        saturated.add(key);
      }
    }
  });
  return lists;
}

function listOf(postings: PostingLists, key: number): number[] {
  return Array.from(postings.documents.subarray(postings.start(key), postings.end(key)));
}

describe('PostingLists.invert', () => {
  it('gives each key its documents in order, and drops keys past the cap', () => {
    const random = seededRandom(3);
    const keyCount = 60;
    const cap = 8;
    const docKeys = Array.from({ length: 300 }, () => {
      const keys = new Set<number>();
      const size = Math.floor(random() * 6);
      // Skewed keys: some lists overflow the cap, others stay short, some keys are unused.
      while (keys.size < size) keys.add(Math.floor(random() ** 2 * (keyCount - 5)));
      return [...keys];
    });
    const offsets = new Int32Array(docKeys.length + 1);
    docKeys.forEach((keys, d) => (offsets[d + 1] = offsets[d]! + keys.length));
    const postings = PostingLists.invert(offsets, Int32Array.from(docKeys.flat()), keyCount, cap);
    const expected = reference(docKeys, cap);
    let dropped = 0;
    for (let key = 0; key < keyCount; key++) {
      expect(listOf(postings, key)).toEqual(expected.get(key) ?? []);
      if (!expected.has(key) && docKeys.some((keys) => keys.includes(key))) dropped++;
    }
    expect(dropped).toBeGreaterThan(0);
    expect(postings.documents.length).toBe([...expected.values()].flat().length);
  });

  it('keeps a list of exactly `cap` documents', () => {
    const offsets = Int32Array.from([0, 1, 2, 3]);
    expect(listOf(PostingLists.invert(offsets, Int32Array.from([0, 0, 0]), 1, 3), 0)).toEqual([
      0, 1, 2,
    ]);
    expect(listOf(PostingLists.invert(offsets, Int32Array.from([0, 0, 0]), 1, 2), 0)).toEqual([]);
  });
});

describe('PostingLists.invert with copies', () => {
  it('counts a document standing for several towards the cap', () => {
    const offsets = Int32Array.from([0, 1, 2]);
    const keys = Int32Array.from([0, 0]);
    expect(listOf(PostingLists.invert(offsets, keys, 1, 3, Int32Array.from([1, 2])), 0)).toEqual([
      0, 1,
    ]);
    expect(listOf(PostingLists.invert(offsets, keys, 1, 3, Int32Array.from([2, 2])), 0)).toEqual(
      [],
    );
  });
});
