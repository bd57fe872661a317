/**
 * Two-dimensional Procrustes: the rotation, uniform scale and translation that put the shared
 * people of a new layout closest (least squares) to where they were. ForceAtlas2 has no
 * preferred orientation, so without this a small change could still turn the whole map.
 * Reflections are not allowed: a mirrored map is a different picture to a reader.
 */

/**
 * Moves `points` (x, y pairs) in place by the similarity transform that best maps the points
 * flagged in `shared` onto `target`. Fewer than two shared points: translation only.
 */
export function alignTo(
  points: Float64Array,
  target: Float64Array,
  shared: readonly boolean[],
): void {
  let n = 0;
  let px = 0;
  let py = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < shared.length; i++) {
    if (!shared[i]) continue;
    n++;
    px += points[2 * i]!;
    py += points[2 * i + 1]!;
    tx += target[2 * i]!;
    ty += target[2 * i + 1]!;
  }
  if (n === 0) return;
  px /= n;
  py /= n;
  tx /= n;
  ty /= n;
  // Σ (p·t) and Σ (p×t) over centred points give the best rotation; |p|² the scale.
  let dot = 0;
  let cross = 0;
  let norm = 0;
  for (let i = 0; i < shared.length; i++) {
    if (!shared[i]) continue;
    const ax = points[2 * i]! - px;
    const ay = points[2 * i + 1]! - py;
    const bx = target[2 * i]! - tx;
    const by = target[2 * i + 1]! - ty;
    dot += ax * bx + ay * by;
    cross += ax * by - ay * bx;
    norm += ax * ax + ay * ay;
  }
  const length = Math.hypot(dot, cross);
  const usable = n >= 2 && norm > 0 && length > 0;
  const cos = usable ? dot / length : 1;
  const sin = usable ? cross / length : 0;
  const scale = usable ? length / norm : 1;
  for (let i = 0; i < shared.length; i++) {
    const ax = points[2 * i]! - px;
    const ay = points[2 * i + 1]! - py;
    points[2 * i] = tx + scale * (cos * ax - sin * ay);
    points[2 * i + 1] = ty + scale * (sin * ax + cos * ay);
  }
}
