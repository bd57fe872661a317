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

describe('BibTeX identifiers', () => {
  const parseOne = (entryText: string) =>
    bibtex.parse({ file: 'ids.bib', text: entryText }, splitLines(entryText)).entries[0];

  it('reads doi, url, pmid, arXiv eprints and dblp keys and biburls, normalised', () => {
    const dblp = parseOne(`@inproceedings{DBLP:conf/icml/KoloskovaSJ19,
  author = {Anastasia Koloskova and Martin Jaggi},
  title = {Decentralized Stochastic Optimization},
  booktitle = {ICML}, year = {2019},
  doi = {https://doi.org/10.5555/ABC.1},
  eprint = {1902.00340v2}, archivePrefix = {arXiv},
  pmid = {12345},
  biburl = {https://dblp.org/rec/conf/icml/KoloskovaSJ19.bib}
}`);
    expect(dblp?.ids).toEqual({
      doi: '10.5555/abc.1',
      arxiv: '1902.00340',
      dblp: 'conf/icml/KoloskovaSJ19',
      pmid: '12345',
    });
    const biblatex = parseOne(`@online{x, title = {T}, author = {A, B}, year = 2021,
  eprint = {2106.09685}, eprinttype = {arxiv}, url = {https://dblp.org/rec/journals/corr/abs-2106-09685}}`);
    expect(biblatex?.ids).toEqual({ arxiv: '2106.09685', dblp: 'journals/corr/abs-2106-09685' });
    const arxivUrl = parseOne(
      `@misc{y, title = {T}, author = {A, B}, url = {https://arxiv.org/abs/2106.09685v3}}`,
    );
    expect(arxivUrl?.ids).toEqual({ arxiv: '2106.09685' });
  });

  it('gives no ids where there are none, and ignores an eprint of another archive', () => {
    expect(parseOne(`@misc{z, title = {T}, author = {A, B}}`)?.ids).toBeUndefined();
    expect(
      parseOne(`@misc{z, title = {T}, author = {A, B}, eprint = {1234}, eprinttype = {hal}}`)?.ids,
    ).toBeUndefined();
  });
});
