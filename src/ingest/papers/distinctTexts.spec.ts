import { describe, expect, it } from 'vitest';
import { distinctTexts } from './distinctTexts';

describe('distinctTexts', () => {
  it('numbers texts by first appearance and lists each one’s documents in order', () => {
    const found = distinctTexts(['b', undefined, 'a', 'b', '', 'a', 'b']);
    expect(found.texts).toEqual(['b', 'a']);
    expect([...found.textOf]).toEqual([0, -1, 1, 0, -1, 1, 0]);
    expect([...found.copies]).toEqual([3, 2]);
    const docsOf = (t: number): number[] => [
      ...found.docs.subarray(found.docStarts[t], found.docStarts[t + 1]),
    ];
    expect(docsOf(0)).toEqual([0, 3, 6]);
    expect(docsOf(1)).toEqual([2, 5]);
  });
});
