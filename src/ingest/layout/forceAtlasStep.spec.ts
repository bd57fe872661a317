import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/random';
import { forceAtlasSettings, PPE, PPN } from './forceAtlas';
import { ForceAtlasRun } from './forceAtlasStep';
import { QuadTree } from './quadTree';

const NODE_DX = 2;
const NODE_MASS = 6;

/** Node and edge matrices for `count` nodes at seeded random places and the given springs. */
function matrices(count: number, springs: [number, number][], seed = 7) {
  const random = seededRandom(seed);
  const nodes = new Float32Array(count * PPN);
  for (let i = 0; i < count; i++) {
    nodes[i * PPN] = random() * 1000 - 500;
    nodes[i * PPN + 1] = random() * 1000 - 500;
    nodes[i * PPN + NODE_MASS] = 1 + (i % 3);
    nodes[i * PPN + 7] = 1;
  }
  const edges = new Float32Array(springs.length * PPE);
  springs.forEach(([a, b], e) => {
    edges[e * PPE] = a * PPN;
    edges[e * PPE + 1] = b * PPN;
    edges[e * PPE + 2] = 1;
  });
  return { nodes, edges };
}

const forces = (nodes: Float32Array): number[] =>
  Array.from({ length: nodes.length / PPN }, (_, i) => [
    nodes[i * PPN + NODE_DX]!,
    nodes[i * PPN + NODE_DX + 1]!,
  ]).flat();

describe('QuadTree', () => {
  it('holds every node once, and its root weighs them all at their centre of mass', () => {
    const count = 500;
    const random = seededRandom(3);
    const x = Float64Array.from({ length: count }, () => random() * 100);
    const y = Float64Array.from({ length: count }, () => random() * 100);
    const m = Float64Array.from({ length: count }, (_, i) => 1 + (i % 4));
    const tree = new QuadTree();
    tree.build(count, x, y, m, 0.5);
    expect([...tree.order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    const total = m.reduce((s, v) => s + v, 0);
    expect(tree.far[2]).toBeCloseTo(total, 9);
    expect(tree.far[0]).toBeCloseTo(x.reduce((s, v, i) => s + v * m[i]!, 0) / total, 9);
    // Every leaf that holds a node holds it alone.
    const held = new Set<number>();
    for (let c = 0; c < tree.cells; c++) {
      const link = tree.link[2 * c]!;
      if (link < -1) {
        expect(held.has(-2 - link)).toBe(false);
        held.add(-2 - link);
      }
    }
    expect(held.size).toBe(count);
  });

  it('keeps nodes at one point without dividing forever', () => {
    const count = 50;
    const x = new Float64Array(count).fill(3);
    const y = new Float64Array(count).fill(4);
    const tree = new QuadTree();
    tree.build(count, x, y, new Float64Array(count).fill(1), 0.5);
    expect(tree.order.length).toBe(count);
    expect(new Set(tree.order).size).toBe(count);
    expect(tree.far[2]).toBe(count);
  });
});

describe('ForceAtlasRun', () => {
  it('with a tight far field, Barnes–Hut gives the exact forces', () => {
    const exact = matrices(300, [[0, 1]]);
    const approximate = matrices(300, [[0, 1]]);
    const settings = forceAtlasSettings(300);
    new ForceAtlasRun({ ...settings, barnesHutOptimize: false }, exact.nodes, exact.edges).step();
    new ForceAtlasRun(
      { ...settings, barnesHutOptimize: true, barnesHutTheta: 1e-6 },
      approximate.nodes,
      approximate.edges,
    ).step();
    const a = forces(exact.nodes);
    const b = forces(approximate.nodes);
    const scale = Math.max(...a.map(Math.abs));
    a.forEach((f, i) => expect(Math.abs(f - b[i]!) / scale).toBeLessThan(1e-5));
  });

  it('at the theta a big map uses, forces stay within a few percent of the exact ones', () => {
    const exact = matrices(2000, []);
    const approximate = matrices(2000, []);
    const settings = forceAtlasSettings(20000);
    new ForceAtlasRun({ ...settings, barnesHutOptimize: false }, exact.nodes, exact.edges).step();
    new ForceAtlasRun(settings, approximate.nodes, approximate.edges).step();
    const a = forces(exact.nodes);
    const b = forces(approximate.nodes);
    const error = Math.hypot(...a.map((f, i) => f - b[i]!)) / Math.hypot(...a);
    expect(error).toBeLessThan(0.05);
  });

  it('draws two groups of coauthors apart from each other and together inside', () => {
    const clique = (from: number): [number, number][] =>
      [0, 1, 2, 3, 4].flatMap((i) =>
        [0, 1, 2, 3, 4].filter((j) => j > i).map((j): [number, number] => [from + i, from + j]),
      );
    const { nodes, edges } = matrices(10, [...clique(0), ...clique(5)]);
    for (let i = 0; i < 10; i++) nodes[i * PPN + NODE_MASS] = 5;
    const run = new ForceAtlasRun(forceAtlasSettings(10), nodes, edges);
    for (let i = 0; i < 300; i++) run.step();
    const at = (i: number) => ({ x: nodes[i * PPN]!, y: nodes[i * PPN + 1]! });
    const group = (i: number): number => (i < 5 ? 0 : 1);
    const centre = (g: number) => {
      const members = [...Array(10).keys()].filter((i) => group(i) === g).map(at);
      return {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
      };
    };
    const centres = [centre(0), centre(1)];
    for (let i = 0; i < 10; i++) {
      const own = centres[group(i)]!;
      const other = centres[1 - group(i)]!;
      expect(Math.hypot(at(i).x - own.x, at(i).y - own.y)).toBeLessThan(
        Math.hypot(at(i).x - other.x, at(i).y - other.y),
      );
    }
    expect(forces(nodes).every(Number.isFinite)).toBe(true);
  });

  it('leaves fixed nodes where they are', () => {
    const { nodes, edges } = matrices(20, [
      [0, 1],
      [1, 2],
    ]);
    nodes[9] = 1; // node 0 fixed
    const before = [nodes[0], nodes[1]];
    const run = new ForceAtlasRun(forceAtlasSettings(20), nodes, edges);
    for (let i = 0; i < 10; i++) run.step();
    expect([nodes[0], nodes[1]]).toEqual(before);
    expect(nodes[PPN]).not.toBe(matrices(20, []).nodes[PPN]);
  });
});
