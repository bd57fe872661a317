/**
 * Coauthor pairs over author indices, in flat typed arrays. A department's map (100,000
 * papers, 713,018 pairs) spent most of the page's first frame building a string key and a map
 * entry per pair occurrence (about 2.5 million of them); here every step is integer work:
 * occurrences are grouped by their lower author with a counting sort, and a pair is found by
 * a mark per partner instead of a hash lookup.
 *
 * The result is the same as the string-keyed derivation it replaces: pairs in the order they
 * first occur (papers in file order, each byline's distinct authors in byline order), each
 * oriented with the id first in code-point order, its papers in the order asked for.
 */

export interface PairTable {
  size: number;
  /** Author index of each pair's first id (code-point order) and of its second. */
  source: Int32Array;
  target: Int32Array;
  /** Pair i's papers are `paperIndices[paperOffsets[i]] … paperIndices[paperOffsets[i + 1] - 1]`. */
  paperOffsets: Int32Array;
  paperIndices: Int32Array;
}

export interface PairTableInput {
  /** Number of authors: bylines hold indices below it. */
  authorCount: number;
  /** Each paper's byline as author indices; null for a paper that makes no pair (unlinked). */
  bylines: readonly (readonly number[] | null)[];
  /** True when author a's id comes before author b's in code-point order. */
  precedes(a: number, b: number): boolean;
  /** The order each pair lists its papers in (paper indices, each once); default file order. */
  paperOrder?: Int32Array;
}

export function buildPairTable(input: PairTableInput): PairTable {
  const { authorCount, bylines } = input;
  const paperCount = bylines.length;

  // Each linked byline's distinct authors, first occurrence kept (a person printed twice).
  const seenIn = new Int32Array(authorCount).fill(-1);
  const distinctStart = new Int32Array(paperCount + 1);
  let distinctTotal = 0;
  for (let p = 0; p < paperCount; p++) distinctTotal += bylines[p]?.length ?? 0;
  const distinct = new Int32Array(distinctTotal);
  let filled = 0;
  let occurrenceCount = 0;
  for (let p = 0; p < paperCount; p++) {
    distinctStart[p] = filled;
    const byline = bylines[p];
    if (!byline) continue;
    const start = filled;
    for (const a of byline) {
      if (seenIn[a] === p) continue;
      seenIn[a] = p;
      distinct[filled++] = a;
    }
    const n = filled - start;
    occurrenceCount += (n * (n - 1)) / 2;
  }
  distinctStart[paperCount] = filled;

  // Every pair occurrence in file order, as (lower index, higher index); per paper a range.
  const low = new Int32Array(occurrenceCount);
  const high = new Int32Array(occurrenceCount);
  const occurrencesOf = new Int32Array(paperCount + 1);
  const lowCount = new Int32Array(authorCount + 1);
  let o = 0;
  for (let p = 0; p < paperCount; p++) {
    occurrencesOf[p] = o;
    const end = distinctStart[p + 1]!;
    for (let i = distinctStart[p]!; i < end; i++) {
      const a = distinct[i]!;
      for (let j = i + 1; j < end; j++) {
        const b = distinct[j]!;
        const lo = a < b ? a : b;
        low[o] = lo;
        high[o++] = a < b ? b : a;
        lowCount[lo + 1]!++;
      }
    }
  }
  occurrencesOf[paperCount] = o;

  // Occurrences grouped by lower author (stable), then a pair per distinct higher partner.
  for (let a = 1; a <= authorCount; a++) lowCount[a]! += lowCount[a - 1]!;
  const byLow = new Int32Array(occurrenceCount);
  const cursor = lowCount.slice(0, authorCount);
  for (let k = 0; k < occurrenceCount; k++) byLow[cursor[low[k]!]!++] = k;
  const pairOfOccurrence = new Int32Array(occurrenceCount);
  const firstOccurrence: number[] = [];
  const markedFor = new Int32Array(authorCount).fill(-1);
  const pairWith = new Int32Array(authorCount);
  for (let a = 0; a < authorCount; a++) {
    for (let k = lowCount[a]!; k < lowCount[a + 1]!; k++) {
      const occurrence = byLow[k]!;
      const b = high[occurrence]!;
      if (markedFor[b] !== a) {
        markedFor[b] = a;
        pairWith[b] = firstOccurrence.length;
        firstOccurrence.push(occurrence);
      }
      pairOfOccurrence[occurrence] = pairWith[b]!;
    }
  }

  // Pairs renumbered in order of first occurrence.
  const size = firstOccurrence.length;
  const pairFirstAt = new Int32Array(occurrenceCount).fill(-1);
  for (let q = 0; q < size; q++) pairFirstAt[firstOccurrence[q]!] = q;
  const finalId = new Int32Array(size);
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  const paperOffsets = new Int32Array(size + 1);
  for (let k = 0, next = 0; k < occurrenceCount; k++) {
    const q = pairFirstAt[k]!;
    if (q >= 0) {
      const lo = low[k]!;
      const hi = high[k]!;
      const loFirst = input.precedes(lo, hi);
      source[next] = loFirst ? lo : hi;
      target[next] = loFirst ? hi : lo;
      finalId[q] = next++;
    }
    paperOffsets[finalId[pairOfOccurrence[k]!]! + 1]!++;
  }
  for (let i = 1; i <= size; i++) paperOffsets[i]! += paperOffsets[i - 1]!;

  // Each pair's papers, in the order asked for.
  const paperIndices = new Int32Array(occurrenceCount);
  const fill = paperOffsets.slice(0, size);
  for (let r = 0; r < paperCount; r++) {
    const p = input.paperOrder ? input.paperOrder[r]! : r;
    for (let k = occurrencesOf[p]!; k < occurrencesOf[p + 1]!; k++) {
      paperIndices[fill[finalId[pairOfOccurrence[k]!]!]!++] = p;
    }
  }
  return { size, source, target, paperOffsets, paperIndices };
}
