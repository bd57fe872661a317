import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { bibtex } from './bibtex';
import { detectFormat } from './detect';
import { splitLines } from './lines';

const file = 'tests/fixtures/bibtex/lab.bib';
const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
const listing = bibtex.parse({ file, text }, splitLines(text));
const entry = (key: string) => {
  const found = listing.entries.find((e) => e.title?.includes(key));
  if (!found) throw new Error(`no entry titled …${key}…`);
  return found;
};

describe('BibTeX', () => {
  it('is recognised by content', () => {
    expect(detectFormat(splitLines(text)).format?.id).toBe('bibtex');
  });

  it('decodes LaTeX accents and drops protective braces', () => {
    const cocoa = entry('General Framework');
    expect(cocoa.title).toBe(
      'CoCoA: A General Framework for Communication-Efficient Distributed Optimization',
    );
    expect(cocoa.authors).toEqual([
      'Virginia Smith',
      'Simone Forte',
      'Chenxin Ma',
      'Martin Takáč',
      'Michael I. Jordan',
      'Martin Jaggi',
    ]);
    expect(entry('Adding vs. Averaging').authors).toContain('Peter Richtárik');
    expect(entry('Adding vs. Averaging').title).toBe(
      'Adding vs. Averaging in Distributed Primal-Dual Optimization',
    );
    expect(entry('Faster Rates').authors.slice(0, 2)).toEqual(['François Fleuret', 'Jörg Müller']);
  });

  it('reads "and others" as a cut author list and keeps a corporate author whole', () => {
    expect(entry('Faster Rates').authorsCut).toBe(true);
    expect(entry('Open Benchmarks').authors).toEqual([
      'Federated Learning Consortium',
      'Martin Jaggi',
    ]);
    expect(entry('Open Benchmarks').authorsCut).toBe(false);
  });

  it('expands @string macros into venues and keeps the year', () => {
    expect(entry('Adding vs. Averaging').venue).toMatchObject({
      name: 'International Conference on Machine Learning',
      year: 2015,
      type: 'conference',
    });
    expect(entry('General Framework').venue).toMatchObject({
      name: 'Journal of Machine Learning Research',
      year: 2018,
      type: 'journal',
    });
    expect(entry('Open Benchmarks').year).toBe(2023);
  });

  it('keeps math for KaTeX', () => {
    expect(entry('Faster Rates').title).toBe(
      'Faster Rates in $\\mathcal{O}(1/\\epsilon)$ for Lazy Updates',
    );
    expect(entry('Faster Rates').abstract).toContain('$\\mathcal{O}(1/\\epsilon)$');
  });

  it('gives every entry its line, and rejects a broken one without losing the rest', () => {
    expect(listing.entries.map((e) => e.ref.line)).toEqual([8, 17, 24, 32]);
    expect(listing.rejected).toEqual([
      expect.objectContaining({
        ref: { file, line: 39 },
        reason: expect.stringMatching(/^not valid BibTeX/),
      }),
    ]);
  });
});
