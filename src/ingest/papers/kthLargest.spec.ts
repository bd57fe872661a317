import { describe, expect, it } from 'vitest';
import { kthLargest } from './kthLargest';

/** What the abstract index did before: sort a copy, read the k-th from the top. */
function bySorting(values: Float32Array, k: number): number {
  const sorted = values.slice().sort();
  return sorted[Math.max(0, sorted.length - k)] ?? 0;
}

describe('kthLargest', () => {
  it('gives what sorting gives, repeats, short slices and empty ones included', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const kept = new Float64Array(24);
    for (let trial = 0; trial < 500; trial++) {
      const length = Math.floor(next() * 60);
      // Few distinct values, so repeats straddle the cut.
      const values = Float32Array.from({ length }, () => Math.floor(next() * 8) / 7);
      const k = 1 + Math.floor(next() * 24);
      expect(kthLargest(values, 0, length, k, kept)).toBe(bySorting(values, k));
    }
  });

  it('reads only its slice', () => {
    const values = Float32Array.from([9, 1, 2, 3, 9]);
    expect(kthLargest(values, 1, 4, 2, new Float64Array(2))).toBe(2);
    expect(kthLargest(values, 2, 2, 2, new Float64Array(2))).toBe(0);
  });
});
