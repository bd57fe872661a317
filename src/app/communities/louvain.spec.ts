import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { detectCommunities, modularity, seededRandom } from './louvain';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';

const seedView = (hideOwner: boolean) =>
  computeVisibleView(buildAtlasData(seedGraphFile()), { ...DEFAULT_FILTERS, hideOwner });

describe('detectCommunities', () => {
  it('is deterministic on the seed graph: same input, same partition', () => {
    for (const hideOwner of [false, true]) {
      const view = seedView(hideOwner);
      const runs = [1, 2, 3].map(() => detectCommunities(view, { resolution: 1 }));
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
      expect(runs[0]!.count).toBeGreaterThan(1);
      expect(runs[0]!.membership).toHaveLength(view.nodes.length);
    }
  });

  it('finds more structure among coauthors without the owner', () => {
    const withOwner = detectCommunities(seedView(false), { resolution: 1 });
    const withoutOwner = detectCommunities(seedView(true), { resolution: 1 });
    expect(withoutOwner.modularity!).toBeGreaterThan(withOwner.modularity!);
    expect(withoutOwner.count).not.toBe(withOwner.count);
  });

  it('gives more communities at a higher resolution', () => {
    const view = seedView(true);
    const coarse = detectCommunities(view, { resolution: 0.3 });
    const fine = detectCommunities(view, { resolution: 2.5 });
    expect(fine.count).toBeGreaterThan(coarse.count);
  });

  it('numbers communities by size, largest first', () => {
    const { membership, count } = detectCommunities(seedView(true), { resolution: 1 });
    const sizes = Array.from({ length: count }, (_, c) => membership.filter((m) => m === c).length);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('splits the fixture into its two triangles', () => {
    const data = buildAtlasData(fixtureGraphFile());
    const view = computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true });
    const { membership } = detectCommunities(view, { resolution: 1 });
    const of = (id: string) => membership[view.nodes.indexOf(id)];
    expect(of('a')).toBe(of('b'));
    expect(of('a')).toBe(of('c'));
    expect(of('d')).toBe(of('e'));
    expect(of('d')).toBe(of('f'));
    expect(of('a')).not.toBe(of('d'));
    expect(of('g')).not.toBe(of('a'));
  });

  it('handles a graph without links', () => {
    const result = detectCommunities({ nodes: ['x', 'y'], edges: [] }, { resolution: 1 });
    expect(result).toEqual({ membership: [0, 1], count: 2, modularity: null });
  });
});

describe('modularity', () => {
  it('matches the textbook value for two disjoint triangles', () => {
    const edges = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ].map(([source, target]) => ({ source: source!, target: target!, weight: 1 }));
    const input = { nodes: ['a', 'b', 'c', 'd', 'e', 'f'], edges };
    expect(modularity(input, [0, 0, 0, 1, 1, 1])).toBeCloseTo(0.5);
    expect(modularity(input, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
