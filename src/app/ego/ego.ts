/**
 * The ego network: one author, their coauthors (depth 1) and their coauthors' coauthors
 * (depth 2), with every link among them, in the filtered view. Breadth-first over the view's
 * neighbour sets, so it costs the size of the neighbourhood, not of the graph.
 */
import type { VisibleView } from '../filters/filters';

export type EgoDepth = 1 | 2;

export const EGO_DEPTHS: readonly EgoDepth[] = [1, 2];

/** Authors within `depth` steps of `centre` in the view; null when the centre is not in it. */
export function egoNodes(view: VisibleView, centre: string, depth: EgoDepth): Set<string> | null {
  if (!view.nodeSet.has(centre)) return null;
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of view.neighbours.get(id) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}
