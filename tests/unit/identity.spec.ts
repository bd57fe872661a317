/**
 * Issue 11's identity rules on small bibliographies shaped like real ones
 * (`tests/fixtures/identity/README.md`): bylines as evidence, initials, typos, versions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphFile, PaperRecord } from '../../src/model/types';
import { runPipeline, type PipelineResult } from '../../src/ingest/pipeline';
import { REPO_ROOT } from '../support/seeds';

function build(...files: string[]): PipelineResult {
  return runPipeline({
    sources: files.map((file) => ({
      file,
      text: readFileSync(path.join(REPO_ROOT, 'tests/fixtures/identity', file), 'utf8'),
    })),
    aliasFiles: [],
  });
}

function paper(graph: GraphFile, title: RegExp): PaperRecord {
  const found = graph.papers.filter((p) => title.test(p.title));
  expect(found, `papers titled ${title}`).toHaveLength(1);
  return found[0]!;
}

function nameOf(graph: GraphFile, id: string): string {
  return graph.authors.find((a) => a.id === id)?.name ?? id;
}

describe('bylines are evidence', () => {
  const { graph, report } = build('group-full.bib', 'group-initials.bib');

  it('lines up `Doe, J.` with `Doe, Jane` on the same paper: one person, listed once', () => {
    const sparse = paper(graph, /^Sparse Communication/i);
    expect(sparse.authors.map((id) => nameOf(graph, id))).toEqual([
      'Jane Doe',
      'Richard Roe',
      'Matthew Okafor',
      'Jean-Baptiste Martin',
    ]);
    const jane = graph.authors.find((a) => a.name === 'Jane Doe')!;
    expect(jane.aliases).toContain('J. Doe');
    expect(graph.authors.filter((a) => /Doe$/.test(a.name))).toHaveLength(1);
  });

  it('takes a one-letter typo in the same byline place for the same person', () => {
    const okafor = graph.authors.filter((a) => /Okafor$/.test(a.name));
    expect(okafor.map((a) => [a.name, ...a.aliases].sort())).toEqual([
      ['M. Okafor', 'Mathew Okafor', 'Matthew Okafor'],
    ]);
  });

  it('treats hyphenated and spaced given names as one spelling (Jean-Baptiste, Yi-Fan)', () => {
    expect(graph.authors.filter((a) => /Martin$/.test(a.name))).toHaveLength(1);
    const chen = graph.authors.filter((a) => /Chen$/.test(a.name));
    expect(chen.map((a) => [a.name, ...a.aliases].sort())).toEqual([['Yi-Fan Chen', 'Yifan Chen']]);
  });

  it('joins an initial met on no shared paper through shared coauthors, and says so', () => {
    // `Okafor, M.` appears only on the tutorial, with R. Roe: the only Okafor, on Roe's team.
    const tutorial = paper(graph, /^A Tutorial on Decentralized/);
    expect(tutorial.authors.map((id) => nameOf(graph, id))).toEqual([
      'Matthew Okafor',
      'Richard Roe',
    ]);
    const merge = report.personMerges.find((m) => m.spelling === 'M. Okafor')!;
    expect(merge.rule).toBe('initials');
    expect(merge.evidence.join(' ')).toMatch(/shared coauthor.*Richard Roe/);
    const aligned = report.personMerges.find((m) => m.spelling === 'J. Doe')!;
    expect(aligned.rule).toBe('aligned-byline');
    expect(aligned.evidence.join(' ')).toMatch(/group-full\.bib:\d+.*group-initials\.bib:\d+/);
  });

  it('no paper lists one person twice, and every entry says who each name became', () => {
    for (const p of graph.papers) expect(new Set(p.authors).size).toBe(p.authors.length);
    const merged = report.entries.filter((e) => e.outcome === 'merged' || e.outcome === 'kept');
    expect(merged.length).toBe(report.accounting.entriesRead);
    for (const fate of merged) {
      const people = 'people' in fate ? fate.people : undefined;
      expect(people?.length, `${fate.file}:${fate.line}`).toBeGreaterThan(0);
    }
  });
});

describe('versions of a paper', () => {
  it('keeps a conference and a journal version with different bylines apart: no invented link', () => {
    const { graph, report } = build('versions.bib', 'versions-journal.bib');
    const versions = graph.papers.filter((p) => /^Gradient Compression/.test(p.title));
    expect(versions).toHaveLength(2);
    expect(versions.map((p) => p.authors.length)).toEqual([4, 4]);
    const roe = graph.authors.find((a) => a.name === 'Richard Roe')!.id;
    const lund = graph.authors.find((a) => a.name === 'Erik Lund')!.id;
    expect(graph.papers.some((p) => p.authors.includes(roe) && p.authors.includes(lund))).toBe(
      false,
    );
    expect(report.papersKeptApart).toEqual([
      expect.objectContaining({ reason: 'bylines-conflict' }),
    ]);
  });
});

describe('an initial that fits two people', () => {
  it('joins neither `John Smith` nor `Jane Smith` and is reported as a likely duplicate of both', () => {
    const bib = `@article{a, title = {One}, author = {Smith, John and Lee, Ann}, year = 2020}
@article{b, title = {Two}, author = {Smith, Jane and Lee, Ann}, year = 2021}
@article{c, title = {Three}, author = {Smith, J. and Lee, Ann}, year = 2022}`;
    const { graph, report } = runPipeline({
      sources: [{ file: 'smiths.bib', text: bib }],
      aliasFiles: [],
    });
    expect(graph.authors.map((a) => a.name).sort()).toEqual([
      'Ann Lee',
      'J. Smith',
      'Jane Smith',
      'John Smith',
    ]);
    const pairs = report.likelyDuplicates.map((d) => [...d.names].sort().join(' / '));
    expect(pairs).toEqual(
      expect.arrayContaining(['J. Smith / Jane Smith', 'J. Smith / John Smith']),
    );
  });
});
