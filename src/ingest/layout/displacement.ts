/**
 * How far a rebuild moved the people readers already knew (issue 14): each shared person's
 * displacement divided by the previous map's size, the diagonal of its bounding box.
 */
export interface Displacement {
  /** People in both layouts. */
  shared: number;
  /** Shares of the map's size (0.01 = 1%). */
  median: number;
  p90: number;
  max: number;
}

type Layout = readonly { id: string; x: number; y: number }[];

export function mapSize(layout: Layout): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of layout) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return layout.length === 0 ? 0 : Math.hypot(maxX - minX, maxY - minY);
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/**
 * `same`: the id in `before` of a person of `after` (default: the same id).
 */
export function displacement(
  before: Layout,
  after: Layout,
  same: (id: string) => string | undefined = (id) => id,
): Displacement {
  const size = mapSize(before) || 1;
  const where = new Map(before.map((a) => [a.id, a]));
  const moved: number[] = [];
  for (const person of after) {
    const id = same(person.id);
    const was = id === undefined ? undefined : where.get(id);
    if (was) moved.push(Math.hypot(person.x - was.x, person.y - was.y) / size);
  }
  moved.sort((a, b) => a - b);
  return {
    shared: moved.length,
    median: quantile(moved, 0.5),
    p90: quantile(moved, 0.9),
    max: moved[moved.length - 1] ?? 0,
  };
}
