import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { Uint32Ids } from './uint32Ids';

describe('Uint32Ids', () => {
  it('numbers keys in first-seen order, as a Map would, through many growths', () => {
    const random = seededRandom(7);
    const ids = new Uint32Ids(4);
    const reference = new Map<number, number>();
    const got: number[] = [];
    const want: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      // Half small keys (many repeats), half full-range hashes, including the extremes.
      const key =
        i % 97 === 0
          ? [0, 0xffffffff, 0x80000000][i % 3]!
          : random() < 0.5
            ? Math.floor(random() * 500)
            : Math.floor(random() * 2 ** 32);
      if (!reference.has(key)) reference.set(key, reference.size);
      got.push(ids.intern(key));
      want.push(reference.get(key)!);
    }
    expect(got).toEqual(want);
    expect(ids.size).toBe(reference.size);
    for (const [key, id] of reference) expect(ids.get(key)).toBe(id);
  });

  it('answers -1 for a key never interned', () => {
    const ids = new Uint32Ids();
    ids.intern(5);
    expect(ids.get(6)).toBe(-1);
    expect(ids.get(5)).toBe(0);
  });

  it('treats a negative int32 and its unsigned value as one key', () => {
    const ids = new Uint32Ids();
    const id = ids.intern(-1);
    expect(ids.intern(0xffffffff)).toBe(id);
    expect(ids.size).toBe(1);
  });
});
