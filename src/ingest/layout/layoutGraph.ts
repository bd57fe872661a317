/**
 * Node positions, computed once at build time so the page shows a finished picture at once.
 * ForceAtlas2 is deterministic for given starting positions; those come from a seeded PRNG.
 */
import type { PaperRecord } from '../../model/types';
import { seededRandom } from '../../util/random';
import { forceAtlasSettings, PPE, PPN, readPositions } from './forceAtlas';
import { ForceAtlasRun } from './forceAtlasStep';
import { warmLayout, type WarmStart } from './warmStart';

export const LAYOUT_SEED = 42;

/**
 * Bylines longer than this pull their authors together through a ring plus a hub (2n
 * springs) instead of every pair (n²/2): a 30-author paper would otherwise add 435 springs
 * and such papers would dominate the cost of the layout at field scale.
 */
export const FULL_CLIQUE_MAX = 10;

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
  /** Distinct coauthor pairs in the papers (the collaborations of the graph). */
  collaborations: number;
}

/** Fewer iterations as graphs grow: quality saturates while cost keeps growing. */
export function layoutIterations(nodeCount: number): number {
  if (nodeCount <= 1000) return 500;
  if (nodeCount <= 3000) return 200;
  if (nodeCount <= 10000) return 100;
  if (nodeCount <= 50000) return 60;
  return 40;
}

/** Springs between coauthors, weighted by joint papers, keyed by node-index pairs. */
export function layoutSprings(
  papers: readonly Pick<PaperRecord, 'authors' | 'linked'>[],
  indexOf: ReadonlyMap<string, number>,
): { springs: Map<number, number>; collaborations: number; nodes: number } {
  const nodes = indexOf.size;
  const springs = new Map<number, number>();
  const pairs = new Set<number>();
  const add = (a: number, b: number): void => {
    const key = a < b ? a * nodes + b : b * nodes + a;
    springs.set(key, (springs.get(key) ?? 0) + 1);
  };
  for (const paper of papers) {
    if (paper.linked === false) continue; // hyperauthored: no springs (src/model/linking.ts)
    const members = [...new Set(paper.authors.map((id) => indexOf.get(id)!))];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        pairs.add(a < b ? a * nodes + b : b * nodes + a);
      }
    }
    if (members.length <= FULL_CLIQUE_MAX) {
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) add(members[i]!, members[j]!);
    } else {
      for (let i = 1; i < members.length; i++) {
        add(members[0]!, members[i]!);
        if (i + 1 < members.length) add(members[i]!, members[i + 1]!);
      }
    }
  }
  return { springs, collaborations: pairs.size, nodes };
}

/**
 * `warm`: start from a previous build's picture (see `warmStart.ts`); without it the start is
 * the seeded random one, exactly as every build before issue 14.
 */
export function layoutGraph(
  nodes: readonly { id: string; paperCount: number }[],
  papers: readonly Pick<PaperRecord, 'authors' | 'linked'>[],
  seed = LAYOUT_SEED,
  warm?: WarmStart,
): LayoutResult {
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const { springs, collaborations } = layoutSprings(papers, indexOf);
  const count = nodes.length;
  const random = seededRandom(seed);
  const nodeMatrix = new Float32Array(count * PPN);
  nodes.forEach((node, i) => {
    const at = i * PPN;
    nodeMatrix[at] = random() * 1000 - 500;
    nodeMatrix[at + 1] = random() * 1000 - 500;
    nodeMatrix[at + 6] = 1; // mass: 1 + weighted degree, below
    nodeMatrix[at + 7] = 1; // convergence
    nodeMatrix[at + 8] = Math.sqrt(node.paperCount) || 1; // size
  });
  const edgeMatrix = new Float32Array(springs.size * PPE);
  let at = 0;
  for (const [key, weight] of springs) {
    const source = Math.floor(key / count) * PPN;
    const target = (key % count) * PPN;
    nodeMatrix[source + 6] = nodeMatrix[source + 6]! + weight;
    nodeMatrix[target + 6] = nodeMatrix[target + 6]! + weight;
    edgeMatrix[at] = source;
    edgeMatrix[at + 1] = target;
    edgeMatrix[at + 2] = weight;
    at += PPE;
  }

  if (warm) return warmLayout(nodes, nodeMatrix, edgeMatrix, springs, warm, collaborations);

  const iterations = layoutIterations(count);
  if (count > 1) {
    const run = new ForceAtlasRun(forceAtlasSettings(count), nodeMatrix, edgeMatrix);
    for (let i = 0; i < iterations; i++) run.step();
  }
  return { positions: readPositions(nodes, nodeMatrix), iterations, collaborations };
}
