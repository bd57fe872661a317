/**
 * Geometry in viewport pixels for what sigma's pixel picking does badly or not at all: taps
 * near (not on) a small node, links on large maps (where picking is off), and finding a point that clicks exactly one node or link (the test hook).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Disc extends Point {
  id: string;
  /** Radius in pixels. */
  r: number;
}

export interface Segment {
  id: string;
  from: Point;
  to: Point;
  /** Drawn thickness in pixels. */
  width: number;
}

/**
 * The item whose outline is closest to the pointer, within `tolerance` pixels; `gapOf` gets
 * the best gap so far and may answer Infinity for items that cannot beat it.
 */
function nearest<T extends { id: string }>(
  items: readonly T[],
  tolerance: number,
  gapOf: (item: T, bestGap: number) => number,
): string | null {
  let best: string | null = null;
  let bestGap = tolerance;
  for (const item of items) {
    const gap = gapOf(item, bestGap);
    if (gap <= bestGap) {
      bestGap = gap;
      best = item.id;
    }
  }
  return best;
}

/** The node whose edge is closest to `point`, within `tolerance` pixels of its rim. */
export function nearestDisc(
  discs: readonly Disc[],
  point: Point,
  tolerance: number,
): string | null {
  return nearest(
    discs,
    tolerance,
    (disc) => Math.hypot(disc.x - point.x, disc.y - point.y) - disc.r,
  );
}

export function distanceToSegment(point: Point, from: Point, to: Point): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((point.x - from.x) * dx + (point.y - from.y) * dy) / length2));
  return Math.hypot(point.x - (from.x + t * dx), point.y - (from.y + t * dy));
}

/** The link drawn closest to `point`, within `tolerance` pixels of its stroke. */
export function nearestSegment(
  segments: readonly Segment[],
  point: Point,
  tolerance: number,
): string | null {
  return nearest(segments, tolerance, ({ from, to, width }, bestGap) => {
    const reach = width / 2 + bestGap;
    // Most links are nowhere near the pointer: a bounding-box test skips the arithmetic.
    if (
      point.x < Math.min(from.x, to.x) - reach ||
      point.x > Math.max(from.x, to.x) + reach ||
      point.y < Math.min(from.y, to.y) - reach ||
      point.y > Math.max(from.y, to.y) + reach
    ) {
      return Infinity;
    }
    return distanceToSegment(point, from, to) - width / 2;
  });
}

const inside = (disc: Disc, p: Point, margin = 0) =>
  Math.hypot(disc.x - p.x, disc.y - p.y) <= disc.r + margin;

/** A point inside `target` and no other disc (its centre when free), or null. */
export function clickPointForDisc(target: Disc, discs: readonly Disc[]): Point | null {
  const others = discs.filter((d) => d.id !== target.id);
  const candidates: Point[] = [{ x: target.x, y: target.y }];
  for (const fraction of [0.4, 0.7]) {
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4;
      candidates.push({
        x: target.x + Math.cos(angle) * target.r * fraction,
        y: target.y + Math.sin(angle) * target.r * fraction,
      });
    }
  }
  return candidates.find((p) => !others.some((d) => inside(d, p, 1))) ?? null;
}

/** A point on `target` away from every disc and every other segment, or null. */
export function clickPointForSegment(
  target: Segment,
  segments: readonly Segment[],
  discs: readonly Disc[],
  margin = 4,
): Point | null {
  const others = segments.filter((s) => s.id !== target.id);
  for (let i = 1; i < 40; i++) {
    const t = i / 40;
    const p = {
      x: target.from.x + (target.to.x - target.from.x) * t,
      y: target.from.y + (target.to.y - target.from.y) * t,
    };
    if (discs.some((d) => inside(d, p, margin))) continue;
    if (others.some((s) => distanceToSegment(p, s.from, s.to) <= s.width / 2 + margin)) continue;
    return p;
  }
  return null;
}
