import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { firstCollaborations, newCollaboratorsByYear } from './newCollaborators';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import {
  clampTimelineYear,
  filtersAtYear,
  nextTimelineYear,
  playInterval,
  timelineSpan,
} from './timeline';

describe('timeline', () => {
  const data = buildAtlasData(fixtureGraphFile());

  it('walks the year range and stops at its end', () => {
    const span = timelineSpan({ ...DEFAULT_FILTERS, yearFrom: 2019 }, data.years)!;
    expect(span).toEqual({ min: 2019, max: 2022 });
    expect(nextTimelineYear(null, span)).toBe(2019);
    expect(nextTimelineYear(2021, span)).toBe(2022);
    expect(nextTimelineYear(2022, span)).toBeNull();
    expect(clampTimelineYear(1990, span)).toBe(2019);
    expect(clampTimelineYear(null, span)).toBeNull();
    expect(playInterval(true)).toBeGreaterThan(playInterval(false));
  });

  it('grows the network: fewer authors and links in early years', () => {
    const counts = [2018, 2019, 2020, 2021, 2022].map((year) => {
      const view = computeVisibleView(data, filtersAtYear(DEFAULT_FILTERS, year));
      return [view.nodes.length, view.edges.length];
    });
    expect(counts[0]).toEqual([5, 6]); // a, b, d, e and the owner
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]![0]).toBeGreaterThanOrEqual(counts[i - 1]![0]!);
      expect(counts[i]![1]).toBeGreaterThanOrEqual(counts[i - 1]![1]!);
    }
    expect(filtersAtYear({ ...DEFAULT_FILTERS, yearTo: 2020 }, 2022).yearTo).toBe(2020);
  });

  it('lists new collaborators by the year of the first joint paper', () => {
    const firsts = firstCollaborations(data, 'c');
    expect(firsts.map((f) => [f.id, f.year])).toEqual([
      ['a', 2019],
      ['b', 2019],
      ['o', 2019],
      ['d', 2022],
    ]);
    const byYear = newCollaboratorsByYear(firsts, (id) => id !== 'o');
    expect([...byYear]).toEqual([
      [2019, ['a', 'b']],
      [2022, ['d']],
    ]);
  });
});
