import { describe, expect, it } from 'vitest';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import {
  AUTHOR_COLUMNS,
  authorsCsv,
  COLLABORATION_COLUMNS,
  collaborationsCsv,
  PAPER_COLUMNS,
  papersCsv,
} from './tables';
import { parseCsv, snapshotFor } from '../../../tests/support/exportFixtures';

function withRoster() {
  const file = fixtureGraphFile();
  file.roster = { file: 'lab.csv', matched: 2, unmatched: [] };
  file.authors.find((a) => a.id === 'a')!.roster = {
    role: 'PhD student',
    from: 2018,
    to: 2022,
    status: 'alumnus',
  };
  file.authors.find((a) => a.id === 'b')!.roster = {
    role: 'Postdoc',
    from: 2020,
    status: 'member',
  };
  return file;
}

describe('CSV tables', () => {
  it('carry the people’s and the papers’ identifiers', () => {
    const file = fixtureGraphFile();
    file.authors.find((a) => a.id === 'b')!.ids = { orcid: '0000-0002-1825-0097', dblp: 'b/Bjork' };
    file.papers[0]!.ids = {
      doi: ['10.1145/1.2', '10.48550/arxiv.2106.09685'],
      arxiv: ['2106.09685'],
    };
    const authors = parseCsv(authorsCsv(snapshotFor(file, {})));
    const b = authors.find((r) => r[0] === 'b')!;
    expect(b[AUTHOR_COLUMNS.indexOf('orcid')]).toBe('0000-0002-1825-0097');
    expect(b[AUTHOR_COLUMNS.indexOf('dblp')]).toBe('b/Bjork');
    const papers = parseCsv(papersCsv(snapshotFor(file, {})));
    const first = papers.find((r) => r[0] === file.papers[0]!.id)!;
    expect(first[PAPER_COLUMNS.indexOf('doi')]).toBe('10.1145/1.2; 10.48550/arxiv.2106.09685');
    expect(first[PAPER_COLUMNS.indexOf('arxiv')]).toBe('2106.09685');
  });

  it('lists authors with papers, community and roster', () => {
    const rows = parseCsv(authorsCsv(snapshotFor(withRoster(), { hideOwner: true })));
    expect(rows[0]).toEqual([...AUTHOR_COLUMNS]);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.has('o')).toBe(false);
    const b = Object.fromEntries(AUTHOR_COLUMNS.map((c, i) => [c, byId.get('b')![i]]));
    expect(b).toMatchObject({
      name: 'Bea Björk',
      aliases: 'Bea Bjork; B. Björk',
      papers: '3',
      coauthors: '2',
      roster_role: 'Postdoc',
      roster_status: 'member',
      roster_from: '2020',
      roster_to: '',
      owner: 'false',
    });
    expect(b['community']).toMatch(/^\d+$/);
    expect(byId.get('d')![AUTHOR_COLUMNS.indexOf('roster_status')]).toBe('external');
  });

  it('lists collaborations with joint papers and the counting’s weight', () => {
    const rows = parseCsv(collaborationsCsv(snapshotFor(withRoster(), { counting: 'fractional' })));
    expect(rows[0]).toEqual([...COLLABORATION_COLUMNS]);
    const ab = rows.find((r) => r[0] === 'a' && r[1] === 'b')!;
    // p1 (a, b, o): 1/2; p2 (a, b, c, o): 1/3.
    expect(ab.slice(2)).toEqual(['Ada Lovelace', 'Bea Björk', '2', '0.833333', 'fractional']);
    expect(rows).toHaveLength(1 + snapshotFor(withRoster()).view.edges.length);
  });

  it('lists the papers of the view with their authors', () => {
    const rows = parseCsv(papersCsv(snapshotFor(withRoster(), { yearFrom: 2021 })));
    expect(rows[0]).toEqual([...PAPER_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['p4', 'p7', 'p8', 'p9']);
    expect(rows[1]).toEqual([
      'p4',
      'Paper p4',
      '2021',
      '',
      '',
      'Ada Lovelace; Cem Çelik; Olga Owner',
      'a; c; o',
      'true',
      ...['', '', '', '', ''], // no ids in this file
    ]);
  });
});
