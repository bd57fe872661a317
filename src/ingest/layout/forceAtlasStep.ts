/**
 * One ForceAtlas2 step (Jacomy et al., 2014) in the flavour the build uses: linear repulsion
 * between every pair (Barnes–Hut above a size), strong gravity, linear attraction along
 * weighted springs, and each node's adaptive speed (swinging against traction).
 *
 * It reads and writes graphology-layout-forceatlas2's flat node and edge matrices, so the cold
 * and the warm layout share them, but computes in float64 over a reused quadtree (`quadTree.ts`):
 * at 60,000 people the library's step took half a second, most of it building a tree of plain
 * arrays that grew node by node, and the layout was a fifth of a department's build.
 */
import {
  NODE_CONVERGENCE,
  NODE_FIXED,
  NODE_X,
  NODE_Y,
  PPE,
  PPN,
  type StepSettings,
} from './forceAtlas';
import { QuadTree } from './quadTree';

const NODE_DX = 2;
const NODE_DY = 3;
const NODE_OLD_DX = 4;
const NODE_OLD_DY = 5;
const NODE_MASS = 6;

export class ForceAtlasRun {
  private readonly count: number;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly mass: Float64Array;
  private readonly dx: Float64Array;
  private readonly dy: Float64Array;
  private readonly tree = new QuadTree();
  /** Each spring's ends as node indices, and its weight (the edge matrix holds matrix offsets). */
  private readonly springEnds: Int32Array;
  private readonly springWeights: Float64Array;

  constructor(
    private readonly settings: StepSettings,
    private readonly nodes: Float32Array,
    edges: Float32Array,
  ) {
    this.count = nodes.length / PPN;
    this.x = new Float64Array(this.count);
    this.y = new Float64Array(this.count);
    this.mass = new Float64Array(this.count);
    this.dx = new Float64Array(this.count);
    this.dy = new Float64Array(this.count);
    const springs = edges.length / PPE;
    this.springEnds = new Int32Array(springs * 2);
    this.springWeights = new Float64Array(springs);
    for (let e = 0; e < springs; e++) {
      this.springEnds[2 * e] = edges[e * PPE]! / PPN;
      this.springEnds[2 * e + 1] = edges[e * PPE + 1]! / PPN;
      this.springWeights[e] = edges[e * PPE + 2]!;
    }
  }

  step(): void {
    const { count, nodes, x, y, mass, dx, dy } = this;
    for (let i = 0; i < count; i++) {
      const at = i * PPN;
      x[i] = nodes[at + NODE_X]!;
      y[i] = nodes[at + NODE_Y]!;
      mass[i] = nodes[at + NODE_MASS]!;
      nodes[at + NODE_OLD_DX] = nodes[at + NODE_DX]!;
      nodes[at + NODE_OLD_DY] = nodes[at + NODE_DY]!;
      dx[i] = 0;
      dy[i] = 0;
    }
    if (this.settings.barnesHutOptimize) this.repelApproximately();
    else this.repelExactly();
    this.pullToCentre();
    this.attract();
    this.move();
  }

  private repelExactly(): void {
    const { count, x, y, mass, dx, dy } = this;
    const k = this.settings.scalingRatio;
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < i; j++) {
        const xd = x[i]! - x[j]!;
        const yd = y[i]! - y[j]!;
        const d2 = xd * xd + yd * yd;
        if (d2 <= 0) continue;
        const f = (k * mass[i]! * mass[j]!) / d2;
        dx[i] = dx[i]! + xd * f;
        dy[i] = dy[i]! + yd * f;
        dx[j] = dx[j]! - xd * f;
        dy[j] = dy[j]! - yd * f;
      }
    }
  }

  private repelApproximately(): void {
    const { count, x, y, mass, dx, dy, tree } = this;
    const k = this.settings.scalingRatio;
    tree.build(count, x, y, mass, this.settings.barnesHutTheta);
    // Nodes closer than this to a cell's centre of mass are at its very point (a cell at the
    // tree's depth limit): as with two nodes at one place, they do not push each other.
    const tiny = (tree.rootWidth * 1e-9) ** 2;
    const { far, link, order } = tree;
    for (let o = 0; o < count; o++) {
      const i = order[o]!;
      const xi = x[i]!;
      const yi = y[i]!;
      let fx = 0;
      let fy = 0;
      let cell = 0;
      while (cell >= 0) {
        const at = 4 * cell;
        const m = far[at + 2]!;
        const child = link[2 * cell]!;
        if (m === 0 || child === -2 - i) {
          cell = link[2 * cell + 1]!;
          continue;
        }
        const xd = xi - far[at]!;
        const yd = yi - far[at + 1]!;
        const d2 = xd * xd + yd * yd;
        if (child >= 0 && d2 <= far[at + 3]!) {
          cell = child;
          continue;
        }
        if (d2 > tiny) {
          const f = m / d2;
          fx += xd * f;
          fy += yd * f;
        }
        cell = link[2 * cell + 1]!;
      }
      const f = k * mass[i]!;
      dx[i] = dx[i]! + fx * f;
      dy[i] = dy[i]! + fy * f;
    }
  }

  /** Strong gravity: a pull towards the origin that grows with distance (and mass). */
  private pullToCentre(): void {
    const { count, x, y, mass, dx, dy } = this;
    const g = this.settings.gravity;
    for (let i = 0; i < count; i++) {
      if (x[i] === 0 && y[i] === 0) continue;
      dx[i] = dx[i]! - x[i]! * mass[i]! * g;
      dy[i] = dy[i]! - y[i]! * mass[i]! * g;
    }
  }

  /** Linear springs: each pulls its two ends together in proportion to length and weight. */
  private attract(): void {
    const { springEnds, springWeights, x, y, dx, dy } = this;
    for (let e = 0; e < springWeights.length; e++) {
      const a = springEnds[2 * e]!;
      const b = springEnds[2 * e + 1]!;
      const w = springWeights[e]!;
      const xd = x[a]! - x[b]!;
      const yd = y[a]! - y[b]!;
      dx[a] = dx[a]! - xd * w;
      dy[a] = dy[a]! - yd * w;
      dx[b] = dx[b]! + xd * w;
      dy[b] = dy[b]! + yd * w;
    }
  }

  /**
   * Each node moves as fast as its force is steady: a node whose force flips from step to step
   * (swinging) slows down, one pushed the same way (traction) speeds up, and its convergence
   * caps how fast it may go next time.
   */
  private move(): void {
    const { count, nodes, dx, dy, mass } = this;
    const slowDown = this.settings.slowDown;
    for (let i = 0; i < count; i++) {
      const at = i * PPN;
      nodes[at + NODE_DX] = dx[i]!;
      nodes[at + NODE_DY] = dy[i]!;
      if (nodes[at + NODE_FIXED] === 1) continue;
      const fx = dx[i]!;
      const fy = dy[i]!;
      const oldX = nodes[at + NODE_OLD_DX]!;
      const oldY = nodes[at + NODE_OLD_DY]!;
      const swinging = mass[i]! * Math.sqrt((oldX - fx) * (oldX - fx) + (oldY - fy) * (oldY - fy));
      const traction = Math.sqrt((oldX + fx) * (oldX + fx) + (oldY + fy) * (oldY + fy)) / 2;
      const damp = 1 + Math.sqrt(swinging);
      const speed = (nodes[at + NODE_CONVERGENCE]! * Math.log(1 + traction)) / damp;
      nodes[at + NODE_CONVERGENCE] = Math.min(1, Math.sqrt((speed * (fx * fx + fy * fy)) / damp));
      nodes[at + NODE_X] = nodes[at + NODE_X]! + fx * (speed / slowDown);
      nodes[at + NODE_Y] = nodes[at + NODE_Y]! + fy * (speed / slowDown);
    }
  }
}
