import { describe, expect, it } from 'vitest';
import { pairKey } from '../../model/collaborations';
import { buildAtlasData } from '../data/atlasData';
import { distinctAuthorCount, pairContribution } from './counting';
import { computeVisibleView, DEFAULT_FILTERS } from './filters';
import { graphFileFromBylines } from '../../../tests/support/graphFixtures';

describe('counting', () => {
  it('gives each pair of a paper 1 (full) or 1/(n−1) (fractional)', () => {
    expect(pairContribution(2, 'full')).toBe(1);
    expect(pairContribution(5, 'full')).toBe(1);
    expect(pairContribution(2, 'fractional')).toBe(1);
    expect(pairContribution(5, 'fractional')).toBe(1 / 4);
    expect(pairContribution(1, 'fractional')).toBe(0);
    expect(distinctAuthorCount(['a', 'b', 'a'])).toBe(2);
  });

  it('adds up fractional weights on a hand-computed fixture', () => {
    // P1 x,y · P2 x,y,z · P3 x,y,z,w · P4 z,w (2019, outside the range below)
    const file = graphFileFromBylines([
      ['P1', 2020, ['x', 'y']],
      ['P2', 2021, ['x', 'y', 'z']],
      ['P3', 2022, ['x', 'y', 'z', 'w']],
      ['P4', 2019, ['z', 'w']],
    ]);
    const data = buildAtlasData(file);
    const weights = (counting: 'full' | 'fractional', yearFrom: number | null = null) => {
      const view = computeVisibleView(data, { ...DEFAULT_FILTERS, counting, yearFrom });
      return Object.fromEntries(
        view.edges.map((e) => [`${e.source}-${e.target}`, [e.papers, e.weight]]),
      );
    };
    const fractional = weights('fractional');
    // x–y: 1 + 1/2 + 1/3; x–z, y–z: 1/2 + 1/3; x–w, y–w: 1/3; z–w: 1/3 + 1
    expect(fractional['x-y']![0]).toBe(3);
    expect(fractional['x-y']![1]).toBeCloseTo(11 / 6);
    expect(fractional['x-z']![1]).toBeCloseTo(5 / 6);
    expect(fractional['y-z']![1]).toBeCloseTo(5 / 6);
    expect(fractional['w-x']![1]).toBeCloseTo(1 / 3);
    expect(fractional['w-z']![1]).toBeCloseTo(4 / 3);
    // Each author's links from one paper sum to 1: x's from P3 are 3 × 1/3.
    expect(weights('full')['x-y']).toEqual([3, 3]);
    // The year range applies before counting: without P4 (2019), z–w is P3's 1/3 alone.
    expect(weights('fractional', 2020)['w-z']![1]).toBeCloseTo(1 / 3);
    expect(data.pairByKey.has(pairKey('w', 'z'))).toBe(true);
  });

  it('filters links by joint papers whatever the counting', () => {
    const file = graphFileFromBylines([
      ['P1', 2020, ['x', 'y', 'a', 'b', 'c']],
      ['P2', 2021, ['x', 'y', 'a', 'b', 'c']],
    ]);
    const view = computeVisibleView(buildAtlasData(file), {
      ...DEFAULT_FILTERS,
      counting: 'fractional',
      minWeight: 2,
    });
    expect(view.edges).toHaveLength(10);
    expect(view.edges[0]!.weight).toBeCloseTo(0.5);
  });
});
