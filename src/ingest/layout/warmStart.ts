/**
 * A rebuild that keeps the picture (issue 14). People of the previous build start where they
 * were, newcomers start beside their coauthors, and a short ForceAtlas2 run with everyone held
 * towards their old place lets the new links settle without redrawing the map. The result is
 * then turned, scaled and shifted onto the previous picture (`align.ts`), so even the little
 * that moves does not rotate the whole map.
 */
import { hashString } from '../../util/hash';
import { alignTo } from './align';
import { forceAtlasSettings, NODE_X, NODE_Y, PPN, readPositions } from './forceAtlas';
import { ForceAtlasRun } from './forceAtlasStep';

export interface WarmStart {
  /** Where each node that was in the previous build stood, by its id in this build. */
  previous: ReadonlyMap<string, { x: number; y: number }>;
  /** Nothing was added or removed: everyone keeps their exact place, no iteration runs. */
  keep?: boolean;
}

/** Iterations of a warm run: enough for newcomers to find their place, a tenth of a cold one. */
export function warmIterations(nodeCount: number): number {
  if (nodeCount <= 1000) return 60;
  if (nodeCount <= 10000) return 30;
  return 20;
}

/**
 * Share of the way back to its previous place a known node is moved after each iteration:
 * the springs still act (a new collaboration pulls two people a little closer), but nobody
 * drifts far from where readers remember them.
 */
export const ANCHOR_PULL = 0.2;

/** A newcomer starts this share of the map's size away from the mean of its coauthors. */
const NEWCOMER_OFFSET = 0.02;
/** An isolated newcomer starts on a circle this much larger than the map. */
const RIM = 1.05;

export interface WarmLayoutResult {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
  collaborations: number;
}

/** Deterministic angle for a node: its id, hashed. */
const angleOf = (id: string): number => ((hashString(id) % 3600) / 3600) * 2 * Math.PI;

export function warmLayout(
  nodes: readonly { id: string }[],
  nodeMatrix: Float32Array,
  edgeMatrix: Float32Array,
  springs: ReadonlyMap<number, number>,
  warm: WarmStart,
  collaborations: number,
): WarmLayoutResult {
  const count = nodes.length;
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const key of springs.keys()) {
    const a = Math.floor(key / count);
    const b = key % count;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }

  const anchor = new Float64Array(count * 2);
  const known: boolean[] = nodes.map((node, i) => {
    const at = warm.previous.get(node.id);
    if (!at) return false;
    anchor[2 * i] = at.x;
    anchor[2 * i + 1] = at.y;
    return true;
  });
  const placed = placeNewcomers(nodes, neighbours, known, anchor);
  for (let i = 0; i < count; i++) {
    nodeMatrix[i * PPN + NODE_X] = placed[2 * i]!;
    nodeMatrix[i * PPN + NODE_Y] = placed[2 * i + 1]!;
  }

  if (warm.keep && known.every(Boolean)) {
    const positions = new Map(nodes.map((node) => [node.id, warm.previous.get(node.id)!]));
    return { positions, iterations: 0, collaborations };
  }
  const iterations = count > 1 ? warmIterations(count) : 0;
  const run = new ForceAtlasRun(forceAtlasSettings(count), nodeMatrix, edgeMatrix);
  for (let n = 0; n < iterations; n++) {
    run.step();
    for (let i = 0; i < count; i++) {
      if (!known[i]) continue;
      const at = i * PPN;
      const x = nodeMatrix[at + NODE_X]!;
      const y = nodeMatrix[at + NODE_Y]!;
      nodeMatrix[at + NODE_X] = x + ANCHOR_PULL * (anchor[2 * i]! - x);
      nodeMatrix[at + NODE_Y] = y + ANCHOR_PULL * (anchor[2 * i + 1]! - y);
    }
  }

  const points = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    points[2 * i] = nodeMatrix[i * PPN + NODE_X]!;
    points[2 * i + 1] = nodeMatrix[i * PPN + NODE_Y]!;
  }
  alignTo(points, anchor, known);
  for (let i = 0; i < count; i++) {
    nodeMatrix[i * PPN + NODE_X] = points[2 * i]!;
    nodeMatrix[i * PPN + NODE_Y] = points[2 * i + 1]!;
  }
  return { positions: readPositions(nodes, nodeMatrix), iterations, collaborations };
}

/**
 * Starting places: a known node where it was; a newcomer at the mean of its coauthors placed
 * so far plus a small offset in a direction of its own (two newcomers of one paper do not
 * start on top of each other); a newcomer with nobody placed around it on the rim, after which
 * its own coauthors can gather beside it.
 */
export function placeNewcomers(
  nodes: readonly { id: string }[],
  neighbours: readonly (readonly number[])[],
  known: readonly boolean[],
  anchor: Float64Array,
): Float64Array {
  const count = nodes.length;
  const out = Float64Array.from(anchor);
  const done = [...known];
  let cx = 0;
  let cy = 0;
  let knownCount = 0;
  for (let i = 0; i < count; i++) {
    if (!known[i]) continue;
    cx += anchor[2 * i]!;
    cy += anchor[2 * i + 1]!;
    knownCount++;
  }
  if (knownCount > 0) {
    cx /= knownCount;
    cy /= knownCount;
  }
  let radius = 0;
  for (let i = 0; i < count; i++) {
    if (known[i])
      radius = Math.max(radius, Math.hypot(anchor[2 * i]! - cx, anchor[2 * i + 1]! - cy));
  }
  if (radius === 0) radius = 100;
  const offset = NEWCOMER_OFFSET * 2 * radius;

  let remaining = done.filter((d) => !d).length;
  while (remaining > 0) {
    // Passes in node order until nobody new can be placed beside someone.
    let progress = true;
    while (progress) {
      progress = false;
      for (let i = 0; i < count; i++) {
        if (done[i]) continue;
        let sx = 0;
        let sy = 0;
        let n = 0;
        for (const j of neighbours[i]!) {
          if (!done[j]) continue;
          sx += out[2 * j]!;
          sy += out[2 * j + 1]!;
          n++;
        }
        if (n === 0) continue;
        const angle = angleOf(nodes[i]!.id);
        out[2 * i] = sx / n + offset * Math.cos(angle);
        out[2 * i + 1] = sy / n + offset * Math.sin(angle);
        done[i] = true;
        remaining--;
        progress = true;
      }
    }
    // The first node nobody could reach goes on the rim; its coauthors follow it next pass.
    const next = done.indexOf(false);
    if (next < 0) break;
    const angle = angleOf(nodes[next]!.id);
    out[2 * next] = cx + RIM * radius * Math.cos(angle);
    out[2 * next + 1] = cy + RIM * radius * Math.sin(angle);
    done[next] = true;
    remaining--;
  }
  return out;
}
