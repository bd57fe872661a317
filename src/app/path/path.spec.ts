import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS, type Filters } from '../filters/filters';
import { strongestPath } from './path';
import {
  fixtureGraphFile,
  graphFileFromBylines,
  seedData,
} from '../../../tests/support/graphFixtures';

const viewOf = (file: ReturnType<typeof fixtureGraphFile>, filters: Partial<Filters> = {}) =>
  computeVisibleView(buildAtlasData(file), { ...DEFAULT_FILTERS, ...filters });

describe('strongestPath', () => {
  it('follows the strongest ties: through the owner when shown, around them when hidden', () => {
    const file = fixtureGraphFile();
    // a–o and o–f have 3 joint papers each: 1/3 + 1/3 beats a–c–d–f (1/2 + 1 + 1/2).
    const shown = strongestPath(viewOf(file), 'a', 'f');
    expect(shown).toMatchObject({ kind: 'found', nodes: ['a', 'o', 'f'] });
    expect(shown.kind === 'found' && shown.length).toBeCloseTo(2 / 3);

    const hidden = strongestPath(viewOf(file, { hideOwner: true }), 'a', 'f');
    expect(hidden).toMatchObject({ kind: 'found', nodes: ['a', 'c', 'd', 'f'] });
    if (hidden.kind !== 'found') throw new Error('no path');
    expect(hidden.length).toBeCloseTo(2);
    expect(hidden.steps.map((s) => [s.from, s.to, s.papers])).toEqual([
      ['a', 'c', 2],
      ['c', 'd', 1],
      ['d', 'f', 2],
    ]);
  });

  it('prefers many joint papers over few steps', () => {
    // x–y directly: 1 paper (length 1). x–m–y: 3 papers each (length 2/3).
    const file = graphFileFromBylines([
      ['p1', 2020, ['x', 'y']],
      ['p2', 2020, ['x', 'm']],
      ['p3', 2021, ['x', 'm']],
      ['p4', 2022, ['x', 'm']],
      ['p5', 2020, ['m', 'y']],
      ['p6', 2021, ['m', 'y']],
      ['p7', 2022, ['m', 'y']],
    ]);
    expect(strongestPath(viewOf(file), 'x', 'y')).toMatchObject({ nodes: ['x', 'm', 'y'] });
  });

  it('breaks equal lengths by fewer steps, then by the authors’ order', () => {
    // x–y: 1 paper (length 1); x–m–y: 2 papers each (1/2 + 1/2 = 1): the direct link wins.
    const fewer = graphFileFromBylines([
      ['p1', 2020, ['x', 'y']],
      ['p2', 2020, ['x', 'm']],
      ['p3', 2021, ['x', 'm']],
      ['p4', 2020, ['m', 'y']],
      ['p5', 2021, ['m', 'y']],
    ]);
    expect(strongestPath(viewOf(fewer), 'x', 'y')).toMatchObject({ nodes: ['x', 'y'] });

    // Two equal routes x–b–y and x–c–y: b comes first in the file, whatever the paper order.
    const square = (order: string[]) =>
      graphFileFromBylines([
        ['p0', 2019, order],
        ['p1', 2020, ['x', 'c']],
        ['p2', 2020, ['c', 'y']],
        ['p3', 2020, ['x', 'b']],
        ['p4', 2020, ['b', 'y']],
      ]);
    const ab = strongestPath(viewOf(square(['b', 'c'])), 'x', 'y');
    expect(ab).toMatchObject({ nodes: ['x', 'b', 'y'] });
    const ba = strongestPath(viewOf(square(['c', 'b'])), 'x', 'y');
    expect(ba).toMatchObject({ nodes: ['x', 'c', 'y'] });
    // …and the same input always gives the same path, from either end.
    expect(strongestPath(viewOf(square(['b', 'c'])), 'y', 'x')).toMatchObject({
      nodes: ['y', 'b', 'x'],
    });
  });

  it('uses the counting mode’s weights', () => {
    // x–y share one 6-author paper and one 2-author paper; x–z–y two 2-author papers each.
    const file = graphFileFromBylines([
      ['big1', 2020, ['x', 'y', 'q', 'r', 's', 't']],
      ['big2', 2021, ['x', 'y', 'q', 'r', 's', 't']],
      ['big3', 2022, ['x', 'y', 'q', 'r', 's', 't']],
      ['p1', 2020, ['x', 'z']],
      ['p2', 2021, ['x', 'z']],
      ['p3', 2020, ['z', 'y']],
      ['p4', 2021, ['z', 'y']],
    ]);
    // Full: x–y weight 3 (length 1/3) beats x–z–y (1/2 + 1/2).
    expect(strongestPath(viewOf(file), 'x', 'y')).toMatchObject({ nodes: ['x', 'y'] });
    // Fractional: x–y weight 3 × 1/5 = 0.6 (length 5/3) loses to x–z–y (2 × 1/2 = 1).
    expect(strongestPath(viewOf(file, { counting: 'fractional' }), 'x', 'y')).toMatchObject({
      nodes: ['x', 'z', 'y'],
    });
  });

  it('says when there is no path, and when an end is not on the map', () => {
    const file = fixtureGraphFile();
    expect(strongestPath(viewOf(file), 'a', 'g')).toEqual({ kind: 'unconnected' });
    expect(strongestPath(viewOf(file, { hideOwner: true }), 'o', 'a')).toEqual({
      kind: 'missing',
      missing: ['o'],
    });
    // The year range cuts c–d (2022): with the owner hidden the triangles fall apart.
    const cut = viewOf(file, { hideOwner: true, yearTo: 2021 });
    expect(strongestPath(cut, 'a', 'e')).toEqual({ kind: 'unconnected' });
    expect(strongestPath(viewOf(file), 'b', 'b')).toMatchObject({ nodes: ['b'], steps: [] });
  });

  it('finds paths on the seed graph without the owner, every step a real link', () => {
    const data = seedData();
    const view = computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true });
    const [first, ...rest] = view.nodes;
    const found = rest
      .map((id) => strongestPath(view, first!, id))
      .filter((p) => p.kind === 'found');
    expect(found.length).toBeGreaterThan(10);
    for (const path of found) {
      if (path.kind !== 'found') continue;
      for (const step of path.steps) expect(view.edgeByKey.has(step.key)).toBe(true);
      expect(path.nodes).not.toContain(data.file.owners[0]);
    }
  });
});
