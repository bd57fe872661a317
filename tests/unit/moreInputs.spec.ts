/**
 * BibTeX and CSL-JSON are resolved together with the listings: the same paper and the same
 * person, whatever format named them.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { REPO_ROOT } from '../support/seeds';

const inputs = readInputs(['seeds', 'tests/fixtures/bibtex', 'tests/fixtures/csl'], REPO_ROOT);
const { graph, report, errors } = runPipeline(inputs);
const paper = (title: string) =>
  graph.papers.find((p) => [p.title, ...p.altTitles].some((t) => t.startsWith(title)))!;
const ids = (names: string[]) =>
  names.map((n) => graph.authors.find((a) => a.name === n || a.aliases.includes(n))?.id);

describe('BibTeX and CSL-JSON beside the listings', () => {
  it('detects each file by content and accounts for every entry', () => {
    expect(errors).toEqual([]);
    const formats = Object.fromEntries(
      report.files.map((f) => [f.file, [f.format, f.entries, f.rejected]]),
    );
    expect(formats['tests/fixtures/bibtex/lab.bib']).toEqual(['bibtex', 4, 1]);
    expect(formats['tests/fixtures/csl/lab.json']).toEqual(['csl-json', 2, 1]);
    expect(report.accounting).toMatchObject({
      entriesRead: 201 + 5 + 3,
      rejected: 2,
      balanced: true,
    });
  });

  it('merges a BibTeX entry into the listings’ paper and its LaTeX-accented names into the same people', () => {
    const cocoa = paper('CoCoA: A General Framework');
    expect(cocoa.sources.map((s) => s.file)).toEqual([
      'seeds/002_b454e9bc51aad916.txt',
      'tests/fixtures/bibtex/lab.bib',
    ]);
    expect(cocoa.authors).toEqual(
      ids([
        'Virginia Smith',
        'Simone Forte',
        'Chenxin Ma',
        'Martin Takáč',
        'Michael I. Jordan',
        'Martin Jaggi',
      ]),
    );
    const adding = paper('Adding vs. Averaging');
    expect(adding.sources).toHaveLength(2);
    expect(graph.authors.filter((a) => a.name.startsWith('Martin Tak'))).toHaveLength(1);
    expect(graph.authors.filter((a) => a.name.startsWith('Peter Richt'))).toHaveLength(1);
  });

  it('merges a CSL-JSON item and its spellings the same way', () => {
    const gossip = paper('Decentralized Stochastic Optimization and Gossip Algorithms');
    expect(gossip.sources.map((s) => s.file)).toEqual([
      'seeds/002_b454e9bc51aad916.txt',
      'tests/fixtures/csl/lab.json',
    ]);
    expect(gossip.authors).toEqual(
      ids(['Anastasia Koloskova', 'Sebastian U. Stich', 'Martin Jaggi']),
    );
  });

  it('keeps corporate authors and new papers as their own', () => {
    expect(paper('Open Benchmarks for Federated Learning').authors).toEqual(
      ids(['Federated Learning Consortium', 'Martin Jaggi']),
    );
    expect(paper('The Lab').authorsComplete).toBe(false);
    expect(paper('Faster Rates').title).toBe(
      'Faster Rates in $\\mathcal{O}(1/\\epsilon)$ for Lazy Updates',
    );
    expect(paper('Faster Rates').year).toBe(2024);
  });
});
