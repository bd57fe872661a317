/**
 * Community detection as a pure function of plain data (no graphology instance crosses the
 * boundary), so it can move into a Web Worker unchanged when graphs get large.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../../util/random';

export interface CommunityInput {
  /** Node ids; their order is part of the input (Louvain visits nodes in insertion order). */
  nodes: readonly string[];
  edges: readonly { source: string; target: string; weight: number }[];
}

export interface CommunityOptions {
  resolution: number;
  /** Same seed, same input → same partition. */
  seed?: number;
}

export interface Partition {
  /** Community index of `input.nodes[i]`; communities are numbered by size, largest first. */
  membership: number[];
  count: number;
  /**
   * Newman modularity (resolution 1) of the partition, in [-0.5, 1]; null without links.
   * Reported at resolution 1 whatever resolution found the partition, so values compare.
   */
  modularity: number | null;
}

export const DEFAULT_SEED = 0x5eed;

/** Louvain's visiting order is shuffled by the same seeded generator the build step uses. */
export { seededRandom };

export function detectCommunities(input: CommunityInput, options: CommunityOptions): Partition {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of input.nodes) graph.addNode(node);
  for (const edge of input.edges) {
    if (edge.source === edge.target) continue;
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
  }

  const raw =
    graph.size === 0
      ? Object.fromEntries(input.nodes.map((node, i) => [node, i]))
      : louvain(graph, {
          resolution: options.resolution,
          rng: seededRandom(options.seed ?? DEFAULT_SEED),
          getEdgeWeight: 'weight',
        });

  // Louvain's own numbers depend on visiting order; renumber by size (then by first member in
  // input order) so "community 0" always means the largest one.
  const firstSeen = new Map<number, number>();
  const sizes = new Map<number, number>();
  input.nodes.forEach((node, i) => {
    const c = raw[node]!;
    if (!firstSeen.has(c)) firstSeen.set(c, i);
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
  const renumber = new Map(order.map((c, i) => [c, i]));
  const membership = input.nodes.map((node) => renumber.get(raw[node]!)!);

  return {
    membership,
    count: order.length,
    modularity: modularity(input, membership),
  };
}

/** Newman–Girvan modularity of a weighted undirected partition. */
export function modularity(input: CommunityInput, membership: readonly number[]): number | null {
  const index = new Map(input.nodes.map((node, i) => [node, i]));
  const internal = new Map<number, number>();
  const degree = new Map<number, number>();
  let total = 0;
  for (const edge of input.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const cs = membership[s]!;
    const ct = membership[t]!;
    total += edge.weight;
    degree.set(cs, (degree.get(cs) ?? 0) + edge.weight);
    degree.set(ct, (degree.get(ct) ?? 0) + edge.weight);
    if (cs === ct) internal.set(cs, (internal.get(cs) ?? 0) + edge.weight);
  }
  if (total === 0) return null;
  let q = 0;
  for (const [community, d] of degree) {
    q += (internal.get(community) ?? 0) / total - (d / (2 * total)) ** 2;
  }
  return q;
}
