import { describe, expect, it } from 'vitest';
import { jointPapers } from '../../model';
import { buildAtlasData } from '../data/atlasData';
import { DEFAULT_FILTERS } from '../filters/filters';
import { seedGraphFile } from '../../../tests/support/graphFixtures';
import { coauthorsOf } from './coauthors';

describe('coauthorsOf on the seed graph', () => {
  const file = seedGraphFile();
  const data = buildAtlasData(file);

  it('lists every coauthor with the joint papers, most frequent first', () => {
    for (const author of file.authors.slice(0, 40)) {
      const rows = coauthorsOf(data, author.id, DEFAULT_FILTERS);
      const expected = new Set(
        file.papers.filter((p) => p.authors.includes(author.id)).flatMap((p) => p.authors),
      );
      expected.delete(author.id);
      expect(new Set(rows.map((r) => r.id))).toEqual(expected);
      for (const row of rows) {
        expect(row.joint).toBe(jointPapers(file.papers, author.id, row.id).length);
      }
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i - 1]!.joint).toBeGreaterThanOrEqual(rows[i]!.joint);
      }
    }
  });

  it('counts only papers in the year range', () => {
    const owner = file.owners[0]!;
    const filters = { ...DEFAULT_FILTERS, yearFrom: 2024, yearTo: 2024 };
    for (const row of coauthorsOf(data, owner, filters)) {
      const inYear = jointPapers(file.papers, owner, row.id).filter((p) => p.year === 2024);
      expect(row.joint).toBe(inYear.length);
      expect(row.joint).toBeGreaterThan(0);
    }
  });
});
