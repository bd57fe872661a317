/**
 * The two measures behind abstract similarity, each over one slice per document of the
 * index's flat arrays, and each able to give up early: most candidate pairs only need to be
 * told apart from a threshold, and a comparison that can no longer reach it stops there.
 */

/** How far a unit vector's float32 weights may square-sum above 1 (far more than rounding). */
const NORM_SLACK = 1e-3;

/** TF-IDF cosine, or -1 as soon as it is sure to stay below `atLeast`. */
export function cosineAtLeast(
  terms: Int32Array,
  weights: Float32Array,
  i: number,
  endA: number,
  j: number,
  endB: number,
  atLeast: number,
): number {
  let dot = 0;
  // Squared norms of the terms not passed yet (the vectors are unit length; the slack
  // covers float32 rounding): by Cauchy-Schwarz the rest of the dot product is at most
  // the product of their square roots.
  let restA = 1 + NORM_SLACK;
  let restB = 1 + NORM_SLACK;
  while (i < endA && j < endB) {
    const x = terms[i]!;
    const y = terms[j]!;
    if (x === y) {
      const wa = weights[i++]!;
      const wb = weights[j++]!;
      dot += wa * wb;
      restA -= wa * wa;
      restB -= wb * wb;
    } else if (x < y) {
      const wa = weights[i++]!;
      restA -= wa * wa;
    } else {
      const wb = weights[j++]!;
      restB -= wb * wb;
    }
    const gap = atLeast - dot;
    if (gap > 0 && gap * gap > restA * restB) return -1;
  }
  return dot;
}

/**
 * Share of the smaller shingle set found in the larger (1 when one text contains the
 * other), or -1 as soon as it is sure to stay below `atLeast`.
 */
export function containmentAtLeast(
  shingles: Uint32Array,
  i: number,
  endA: number,
  j: number,
  endB: number,
  atLeast: number,
): number {
  const smaller = Math.min(endA - i, endB - j);
  if (smaller === 0) return 0;
  // The fewest shared shingles that reach `atLeast`, by the same division as the result.
  let enough = Math.max(0, Math.ceil(atLeast * smaller));
  while (enough > 0 && (enough - 1) / smaller >= atLeast) enough--;
  while (enough <= smaller && enough / smaller < atLeast) enough++;
  let shared = 0;
  while (i < endA && j < endB) {
    const x = shingles[i]!;
    const y = shingles[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (x < y) i++;
    else j++;
    if (shared + Math.min(endA - i, endB - j) < enough) return -1;
  }
  return shared / smaller;
}
