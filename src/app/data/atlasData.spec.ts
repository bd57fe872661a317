import { describe, expect, it } from 'vitest';
import { jointPapers } from '../../model';
import { buildAtlasData, compareNewestFirst, findPair } from './atlasData';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';

describe('buildAtlasData on the seed graph', () => {
  const file = seedGraphFile();
  const data = buildAtlasData(file);

  it("lists exactly each author's papers, newest first", () => {
    for (const author of file.authors) {
      const expected = file.papers.filter((p) => p.authors.includes(author.id));
      const listed = data.papersByAuthor.get(author.id)!;
      expect(new Set(listed.map((p) => p.id))).toEqual(new Set(expected.map((p) => p.id)));
      expect(listed).toHaveLength(author.paperCount);
      for (let i = 1; i < listed.length; i++) {
        expect(compareNewestFirst(listed[i - 1]!, listed[i]!)).toBeLessThanOrEqual(0);
      }
    }
  });

  it('gives every pair exactly its joint papers', () => {
    for (const pair of data.pairs) {
      const expected = jointPapers(file.papers, pair.source, pair.target).map((p) => p.id);
      expect(pair.papers.map((p) => p.id).sort()).toEqual([...expected].sort());
      expect(findPair(data, pair.target, pair.source)).toBe(pair);
    }
  });

  it('knows the owner and the year extent', () => {
    expect([...data.owners]).toEqual(file.owners);
    const years = file.papers.flatMap((p) => (p.year === null ? [] : [p.year]));
    expect(data.years).toEqual({ min: Math.min(...years), max: Math.max(...years) });
  });
});

describe('buildAtlasData on a fixture', () => {
  const data = buildAtlasData(fixtureGraphFile());

  it('indexes coauthors symmetrically', () => {
    expect([...data.coauthors.get('a')!].sort()).toEqual(['b', 'c', 'o']);
    expect(data.coauthors.get('g')).toEqual([]);
    for (const [id, list] of data.coauthors) {
      for (const other of list) expect(data.coauthors.get(other)).toContain(id);
    }
  });

  it('puts papers without a year last', () => {
    const sorted = [...fixtureGraphFile().papers].sort(compareNewestFirst);
    expect(sorted.at(-1)!.year).toBeNull();
    expect(sorted[0]!.year).toBe(2022);
  });
});
