/**
 * Node positions, computed once at build time so the page shows a finished picture at once.
 * ForceAtlas2 is deterministic for given starting positions; those come from a seeded PRNG.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Collaboration } from '../../model/types';

export const LAYOUT_SEED = 42;

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
}

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fewer iterations as graphs grow: quality saturates while cost keeps growing. */
export function layoutIterations(nodeCount: number): number {
  if (nodeCount <= 1000) return 500;
  if (nodeCount <= 10000) return 200;
  return 100;
}

export function layoutGraph(
  nodes: readonly { id: string; paperCount: number }[],
  collaborations: readonly Collaboration[],
  seed = LAYOUT_SEED,
): LayoutResult {
  const graph = new Graph({ type: 'undirected' });
  const random = seededRandom(seed);
  for (const node of nodes) {
    graph.addNode(node.id, {
      x: random() * 1000 - 500,
      y: random() * 1000 - 500,
      size: Math.sqrt(node.paperCount),
    });
  }
  for (const c of collaborations) graph.addEdge(c.source, c.target, { weight: c.weight });

  const iterations = layoutIterations(graph.order);
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...settings,
        adjustSizes: false,
        barnesHutOptimize: graph.order > 2000,
        gravity: 1,
        scalingRatio: 10,
      },
    });
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attrs) => {
    // Rounded: the file is smaller and no platform-specific last digits leak into it.
    positions.set(id, {
      x: Math.round((attrs['x'] as number) * 100) / 100,
      y: Math.round((attrs['y'] as number) * 100) / 100,
    });
  });
  return { positions, iterations };
}
