import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { detectFormat } from './detect';
import { splitLines } from './lines';
import { ris, risName } from './ris';
import { cleanText } from '../../text/fold';

const read = (name: string) => {
  const file = `tests/fixtures/ris/${name}`;
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return { file, text, lines: splitLines(text).map(cleanText) };
};
const lab = read('lab.ris');
const listing = ris.parse(lab, lab.lines);

describe('RIS', () => {
  it('is recognised by content, real exports included, and other text is not', () => {
    for (const name of ['lab.ris', 'endnote.ris', 'scopus.ris', 'webofscience.ris', 'zotero.ris'])
      expect(detectFormat(read(name).lines).format?.id).toBe('ris');
    expect(ris.detect(['Dear colleagues,', 'TY is my name - hello'])).toBe(0);
    expect(ris.detect(['@article{x, title = {TY  - JOUR}}'])).toBe(0);
  });

  it('reads names, titles with continuation lines, venues, dates and abstracts', () => {
    expect(listing.entries[0]).toMatchObject({
      ref: { file: lab.file, line: 4 },
      title:
        'Decentralized Stochastic Optimization and Gossip Algorithms with Compressed Communication',
      authors: ['Anastasiia Koloskova', 'Sebastian U. Stich', 'Martin Jaggi'],
      venue: {
        name: 'Proceedings of the 36th International Conference on Machine Learning',
        year: 2019,
        type: 'journal',
      },
      date: { year: 2019, month: 6, day: 10 },
      abstract:
        'We consider decentralized stochastic optimization with the objective function being a sum of smooth functions.',
    });
    expect(listing.entries[1]).toMatchObject({
      ref: { line: 19 },
      title: 'Adding vs. Averaging in Distributed Primal-Dual Optimization',
      authors: ['Martin Luther King, Jr.', 'Martin Takáč'],
      venue: {
        name: 'International Conference on Machine Learning',
        year: 2015,
        type: 'conference',
      },
    });
    expect(listing.entries[1]?.date).toBeUndefined();
    expect(listing.entries[3]).toMatchObject({ title: 'A Book Without Authors', year: 2001 });
  });

  it('gives ids: DOI, arXiv and PubMed links, a PubMed accession number', () => {
    expect(listing.entries.map((e) => e.ids)).toEqual([
      { doi: '10.5555/3454287.3455008', arxiv: '1902.00340' },
      undefined,
      { pmid: '33445566' },
      { pmid: '11223344' },
    ]);
  });

  it('accounts for every entry: a missing ER warns, no title and stray tags are rejected at their line', () => {
    expect(listing.entries.map((e) => e.ref.line)).toEqual([4, 19, 28, 41]);
    expect(listing.rejected).toEqual([
      expect.objectContaining({
        ref: { file: lab.file, line: 33 },
        reason: 'no title (no TI or T1 line)',
      }),
      expect.objectContaining({
        ref: { file: lab.file, line: 38 },
        reason: expect.stringContaining('fields outside an entry'),
      }),
    ]);
    expect(listing.issues.map((i) => [i.line, i.message.slice(0, 24)])).toEqual([
      [28, 'entry without an "ER  - '],
      [41, 'no authors (AU) for "A B'],
    ]);
  });

  it('reads the real exports whole: ten entries each, with authors, years and DOIs', () => {
    for (const name of ['endnote.ris', 'scopus.ris', 'webofscience.ris', 'zotero.ris']) {
      const real = read(name);
      const parsed = ris.parse(real, real.lines);
      expect(parsed.entries).toHaveLength(10);
      expect(parsed.rejected).toEqual([]);
      for (const entry of parsed.entries) {
        expect(entry.authors.length).toBeGreaterThan(0);
        expect(entry.ids?.doi).toMatch(/^10\./);
        expect(entry.venue?.year ?? entry.year).toBeGreaterThan(1900);
      }
    }
    // Web of Science's `DA  - SEP 22` is no year 22: PY gives it.
    const wos = read('webofscience.ris');
    expect(ris.parse(wos, wos.lines).entries[0]?.venue?.year).toBe(2010);
  });

  it('turns "Last, First" into "First Last" and keeps anything else', () => {
    expect(risName('Smith, J.R.')).toBe('J.R. Smith');
    expect(risName('Google Research')).toBe('Google Research');
    expect(risName('Smith,')).toBe('Smith');
    expect(risName(', John')).toBe(', John');
  });
});
