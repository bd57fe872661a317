/**
 * Louvain quality and speed: the client's own `detectCommunities` (graphology-communities-louvain,
 * seeded) against networkx's `louvain_communities` on the same weighted coauthor graph.
 * Both modularities are computed by networkx, so they compare.
 */
import { spawnSync } from 'node:child_process';
import { completeGraphText } from '../../src/ingest/write/completeGraph';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectCommunities } from '../../src/app/communities/louvain';
import { deriveCollaborations } from '../../src/model/collaborations';
import type { GraphFile } from '../../src/model/types';
import { median } from './stats';

export interface LouvainFigures {
  nodes: number;
  edges: number;
  oursMs: number;
  networkxMs: number;
  oursModularity: number;
  networkxModularity: number;
  /** ours / networkx: at least 0.98 is the target. */
  modularityRatio: number;
  /** ours / networkx: below 1 means faster. */
  timeRatio: number;
  oursCommunities: number;
  networkxCommunities: number;
}

export function benchLouvain(root: string, graphFile: string, runs: number): LouvainFigures {
  // A split graph (M, L) is read whole: its bylines as ids again.
  const graph = JSON.parse(completeGraphText(graphFile)) as GraphFile;
  const nodes = graph.authors.map((a) => a.id);
  const edges = deriveCollaborations(graph.papers).map((c) => ({
    source: c.source,
    target: c.target,
    weight: c.weight,
  }));

  const times: number[] = [];
  let partition = detectCommunities({ nodes, edges }, { resolution: 1 });
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    partition = detectCommunities({ nodes, edges }, { resolution: 1 });
    times.push(performance.now() - started);
  }

  const python = spawnSync('python3', [path.join(root, 'tests/bench/louvain_networkx.py')], {
    input: JSON.stringify({
      nodes,
      edges: edges.map((e) => [e.source, e.target, e.weight]),
      ours: partition.membership,
      runs,
    }),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (python.status !== 0) throw new Error(`networkx comparison failed: ${python.stderr}`);
  const nx = JSON.parse(python.stdout) as {
    seconds: number[];
    modularity: number;
    oursModularity: number;
    communities: number;
  };
  const oursMs = median(times);
  const networkxMs = median(nx.seconds.map((s) => s * 1000));
  return {
    nodes: nodes.length,
    edges: edges.length,
    oursMs,
    networkxMs,
    oursModularity: nx.oursModularity,
    networkxModularity: nx.modularity,
    modularityRatio: nx.oursModularity / nx.modularity,
    timeRatio: oursMs / networkxMs,
    oursCommunities: partition.count,
    networkxCommunities: nx.communities,
  };
}
