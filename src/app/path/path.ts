/**
 * "How are A and B connected?": the path of strongest ties. A link's length is 1 / its weight
 * (joint papers, or their fractional count), so many joint papers make a short link, and the
 * path is the shortest by total length (Dijkstra over a binary heap).
 *
 * Deterministic: among paths of equal length (within floating-point noise) the one with fewer
 * steps wins, then the one whose authors come first in the view's order (the file's order,
 * most prolific first), decided predecessor by predecessor.
 */
import { pairKey } from '../../model/collaborations';
import type { VisibleView } from '../filters/filters';
import { adjacencyOf } from '../data/adjacency';
import { MinHeap } from './heap';

export interface PathStep {
  from: string;
  to: string;
  /** The link's key (`pairKey(from, to)`). */
  key: string;
  /** Joint papers in the view. */
  papers: number;
  /** The link's weight under the view's counting. */
  weight: number;
}

export type PathResult =
  | { kind: 'found'; nodes: string[]; steps: PathStep[]; length: number }
  /** One or both ends are not in the view (filtered out, the owner hidden). */
  | { kind: 'missing'; missing: string[] }
  /** Both are in the view, but no chain of links joins them. */
  | { kind: 'unconnected' };

/** Equal within floating-point noise: fractional weights sum to the same length in different orders. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Entry {
  node: number;
  distance: number;
  hops: number;
}

export function strongestPath(view: VisibleView, source: string, target: string): PathResult {
  const missing = [source, target].filter((id) => !view.nodeSet.has(id));
  if (missing.length > 0) return { kind: 'missing', missing: [...new Set(missing)] };
  if (source === target) return { kind: 'found', nodes: [source], steps: [], length: 0 };

  const ids = view.nodes;
  const { index, offsets, targets, edges } = adjacencyOf(view);
  const distance = new Float64Array(ids.length).fill(Infinity);
  const hops = new Int32Array(ids.length).fill(-1);
  const previous = new Int32Array(ids.length).fill(-1);
  const settled = new Uint8Array(ids.length);
  const from = index.get(source)!;
  const to = index.get(target)!;

  const heap = new MinHeap<Entry>((a, b) =>
    !same(a.distance, b.distance)
      ? a.distance < b.distance
      : a.hops !== b.hops
        ? a.hops < b.hops
        : a.node < b.node,
  );
  distance[from] = 0;
  hops[from] = 0;
  heap.push({ node: from, distance: 0, hops: 0 });

  while (heap.size > 0) {
    const { node, distance: d, hops: h } = heap.pop()!;
    if (settled[node] || d !== distance[node] || h !== hops[node]) continue; // a stale entry
    settled[node] = 1;
    if (node === to) break;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
      const next = targets[k]!;
      if (settled[next]) continue;
      const weight = view.edges[edges[k]!]!.weight;
      if (weight <= 0) continue;
      const nd = d + 1 / weight;
      const nh = h + 1;
      const better =
        distance[next] === Infinity ||
        (!same(nd, distance[next]!)
          ? nd < distance[next]!
          : nh !== hops[next]
            ? nh < hops[next]!
            : node < previous[next]!);
      if (!better) continue;
      distance[next] = nd;
      hops[next] = nh;
      previous[next] = node;
      heap.push({ node: next, distance: nd, hops: nh });
    }
  }

  if (!settled[to]) return { kind: 'unconnected' };
  const nodes: string[] = [];
  for (let at = to; at !== -1; at = previous[at]!) nodes.push(ids[at]!);
  nodes.reverse();
  const steps = nodes.slice(1).map((id, i): PathStep => {
    const previousId = nodes[i]!;
    const key = pairKey(previousId, id);
    const edge = view.edgeByKey.get(key)!;
    return { from: previousId, to: id, key, papers: edge.papers, weight: edge.weight };
  });
  return { kind: 'found', nodes, steps, length: distance[to]! };
}
