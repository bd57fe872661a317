import { describe, expect, it } from 'vitest';
import { jointPapers } from '../../model';
import { buildAtlasData } from '../data/atlasData';
import {
  computeVisibleView,
  DEFAULT_FILTERS,
  normalizeFilters,
  paperInRange,
  papersPerYear,
  type Filters,
} from './filters';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';

const withFilters = (changes: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...changes });

describe('computeVisibleView on the seed graph', () => {
  const file = seedGraphFile();
  const data = buildAtlasData(file);

  it('shows every author and pair without filters', () => {
    const view = computeVisibleView(data, DEFAULT_FILTERS);
    expect(view.nodes).toEqual(file.authors.map((a) => a.id));
    expect(view.edges).toHaveLength(data.pairs.length);
    for (const edge of view.edges) {
      expect(edge.weight).toBe(jointPapers(file.papers, edge.source, edge.target).length);
    }
    expect(view.paperTotal).toBe(file.papers.length);
  });

  it('counts only papers in the year range', () => {
    const filters = withFilters({ yearFrom: 2019, yearTo: 2021 });
    const view = computeVisibleView(data, filters);
    const inRange = file.papers.filter((p) => p.year !== null && p.year >= 2019 && p.year <= 2021);
    expect(view.paperTotal).toBe(inRange.length);
    const expectedAuthors = new Set(inRange.flatMap((p) => p.authors));
    expect(new Set(view.nodes)).toEqual(expectedAuthors);
    for (const id of view.nodes) {
      expect(view.paperCount.get(id)).toBe(inRange.filter((p) => p.authors.includes(id)).length);
    }
    for (const edge of view.edges) {
      expect(edge.weight).toBe(jointPapers(inRange, edge.source, edge.target).length);
    }
    expect(view.nodes.length).toBeLessThan(file.authors.length);
  });

  it('drops the owner and their links when hidden', () => {
    const owner = file.owners[0]!;
    const view = computeVisibleView(data, withFilters({ hideOwner: true }));
    expect(view.nodeSet.has(owner)).toBe(false);
    expect(view.edges.some((e) => e.source === owner || e.target === owner)).toBe(false);
    expect(view.nodes).toHaveLength(file.authors.length - 1);
  });

  it('keeps only links with enough joint papers, and the authors they connect', () => {
    const view = computeVisibleView(data, withFilters({ minWeight: 3, hideOwner: true }));
    expect(view.edges.length).toBeGreaterThan(0);
    for (const edge of view.edges) expect(edge.weight).toBeGreaterThanOrEqual(3);
    const linked = new Set(view.edges.flatMap((e) => [e.source, e.target]));
    expect(new Set(view.nodes)).toEqual(linked);
  });
});

describe('filters on a fixture', () => {
  const data = buildAtlasData(fixtureGraphFile());

  it('counts papers without a year only when no range is set', () => {
    expect(paperInRange({ year: null }, DEFAULT_FILTERS)).toBe(true);
    expect(paperInRange({ year: null }, withFilters({ yearTo: 2030 }))).toBe(false);
    expect(computeVisibleView(data, DEFAULT_FILTERS).nodeSet.has('g')).toBe(true);
    expect(computeVisibleView(data, withFilters({ yearFrom: 2019 })).nodeSet.has('g')).toBe(false);
  });

  it('keeps an author without links at threshold 1 only', () => {
    const view = computeVisibleView(data, withFilters({ hideOwner: true }));
    expect(view.nodeSet.has('g')).toBe(true);
    expect(view.neighbours.get('g')!.size).toBe(0);
    expect(computeVisibleView(data, withFilters({ minWeight: 2 })).nodeSet.has('g')).toBe(false);
  });

  it('normalises bounds to one spelling of "all years"', () => {
    const years = data.years;
    expect(normalizeFilters(withFilters({ yearFrom: 2018, yearTo: 2022 }), years)).toEqual(
      DEFAULT_FILTERS,
    );
    expect(normalizeFilters(withFilters({ yearFrom: 2021, yearTo: 2019 }), years)).toMatchObject({
      yearFrom: 2019,
      yearTo: 2021,
    });
    expect(normalizeFilters(withFilters({ yearFrom: 1900, minWeight: 0 }), years)).toEqual(
      DEFAULT_FILTERS,
    );
    expect(normalizeFilters(withFilters({ minWeight: 2.7 }), years).minWeight).toBe(2);
  });

  it('counts papers per year', () => {
    expect(papersPerYear(fixtureGraphFile().papers)).toEqual(
      new Map([
        [2018, 2],
        [2019, 2],
        [2020, 1],
        [2021, 2],
        [2022, 2],
      ]),
    );
  });
});

describe('the view over all years', () => {
  const data = buildAtlasData(seedGraphFile());

  it('counts what a pass over every paper counts, fractional links included', () => {
    // A year range wider than the data counts every paper through the per-paper pass.
    const wide = { yearFrom: -1e6, yearTo: 1e6 };
    for (const counting of ['full', 'fractional'] as const) {
      const fast = computeVisibleView(data, withFilters({ counting }));
      const counted = computeVisibleView(data, withFilters({ counting, ...wide }));
      expect(fast.edges).toEqual(counted.edges);
      expect([...fast.paperCount]).toEqual([...counted.paperCount]);
      expect(fast.paperTotal).toBe(counted.paperTotal);
    }
  });

  it('builds the neighbours when first read, once', () => {
    const view = computeVisibleView(data, DEFAULT_FILTERS);
    expect(Object.getOwnPropertyDescriptor(view, 'neighbours')?.get).toBeTypeOf('function');
    expect(view.neighbours).toBe(view.neighbours);
    for (const edge of view.edges) {
      expect(view.neighbours.get(edge.source)?.has(edge.target)).toBe(true);
      expect(view.neighbours.get(edge.target)?.has(edge.source)).toBe(true);
    }
  });
});
