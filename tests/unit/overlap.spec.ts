/**
 * The overlap fixture (tests/fixtures/overlap/EXPECTED.md): five sources of the same four works.
 * This checks the parsing half: every entry read, with the ids EXPECTED.md lists, in place.
 */
import { describe, expect, it } from 'vitest';
import { parseSource, runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import type { ListingEntry } from '../../src/ingest/formats/types';
import { REPO_ROOT } from '../support/seeds';

const DIR = 'tests/fixtures/overlap';
const input = readInputs([DIR], REPO_ROOT);
const entries: ListingEntry[] = input.sources.flatMap((s) => parseSource(s).listing?.entries ?? []);
const at = (file: string, line: number): ListingEntry => {
  const found = entries.find((e) => e.ref.file === `${DIR}/${file}` && e.ref.line === line);
  if (!found) throw new Error(`no entry at ${file}:${line}`);
  return found;
};
const WEI_A = '0000-0001-5109-3700';
const WEI_B = '0000-0003-4422-8712';

describe('the overlap fixture, parsed', () => {
  it('reads all 20 entries of the five sources, balanced', () => {
    expect(entries).toHaveLength(20);
    expect(runPipeline(input).report.accounting).toMatchObject({ entriesRead: 20, balanced: true });
  });

  it('W2: one DOI under two titles, in all five sources', () => {
    for (const [file, line] of [
      ['dblp-koloskova.xml', 17],
      ['openalex-koloskova.json', 45],
      ['zotero-koloskova.ris', 12],
      ['site/content/publication/tuning/index.md', 1],
      ['dblp-koloskova.bib', 12],
    ] as const)
      expect(at(file, line).ids?.doi).toBe('10.5555/tune.2020.17');
  });

  it('W3: the arXiv DOI on one side, the publisher DOI on the other, the arXiv id on both', () => {
    expect(at('openalex-koloskova.json', 82).ids).toMatchObject({
      doi: '10.48550/arxiv.2301.01234',
      arxiv: '2301.01234',
    });
    expect(at('zotero-koloskova.ris', 22).ids).toMatchObject({ doi: '10.48550/arxiv.2301.01234' });
    expect(at('dblp-koloskova.xml', 27).ids).toEqual({
      dblp: 'journals/tsp/WangKS23',
      doi: '10.5555/tsp.2023.0031',
    });
    for (const [file, line] of [
      ['site/content/publication/averaging/index.md', 1],
      ['dblp-koloskova.bib', 20],
    ] as const)
      expect(at(file, line).ids).toMatchObject({
        doi: '10.5555/tsp.2023.0031',
        arxiv: '2301.01234',
      });
  });

  it('the two Wei Wangs: different pids in dblp, different ORCIDs in OpenAlex, in byline place', () => {
    expect(at('dblp-koloskova.xml', 17).authorIds?.[1]).toEqual({ dblp: 'w/WeiWang12' });
    expect(at('dblp-koloskova.xml', 27).authorIds?.[0]).toEqual({ dblp: 'w/WeiWang7' });
    expect(at('openalex-koloskova.json', 45).authorIds?.[1]?.orcid).toBe(WEI_A);
    expect(at('openalex-koloskova.json', 82).authorIds?.[0]?.orcid).toBe(WEI_B);
    expect(at('openalex-koloskova.json', 120).authorIds?.[0]?.orcid).toBe(WEI_A);
  });

  it('the owner: her ORCID only in OpenAlex, her pid only in dblp, admin resolved on her site', () => {
    expect(at('openalex-koloskova.json', 4).authorIds?.[0]).toEqual({
      openalex: 'A5032140117',
      orcid: '0000-0002-7732-3110',
    });
    expect(at('dblp-koloskova.xml', 6).authorIds?.[0]).toEqual({ dblp: '227/2419' });
    expect(at('site/content/publication/gossip/index.md', 1).authors[0]).toBe(
      'Anastasia Koloskova',
    );
  });
});

describe('the overlap fixture, built (EXPECTED.md): identifiers decide', () => {
  const { graph, report } = runPipeline(input);
  const titled = (start: string) => graph.papers.find((p) => p.title.startsWith(start))!;
  const names = (paper: { authors: string[] }) =>
    paper.authors.map((id) => graph.authors.find((a) => a.id === id)!);

  it('gives one paper per work (4) and one person per id (5), every entry accounted for', () => {
    expect(graph.papers).toHaveLength(4);
    expect(graph.authors).toHaveLength(5);
    expect(report.accounting).toMatchObject({ entriesRead: 20, merged: 20, balanced: true });
    for (const paper of graph.papers) expect(paper.sources).toHaveLength(5);
  });

  it('joins W2 by its DOI alone, and W3 across the arXiv and the publisher DOI', () => {
    expect(titled('Optimizer Benchmarking').altTitles).toContain(
      'On the Tunability of Optimizers in Deep Learning',
    );
    expect(titled('Robust Decentralized Averaging').ids).toMatchObject({
      doi: ['10.48550/arxiv.2301.01234', '10.5555/tsp.2023.0031'],
      arxiv: ['2301.01234'],
    });
    expect(
      report.paperMerges.filter((m) => m.kind === 'identifier').map((m) => m.identifier),
    ).toContain('doi:10.5555/tune.2020.17');
  });

  it('keeps the two Wei Wangs apart, each on their own papers, though three sources print them alike', () => {
    const wangs = graph.authors.filter((a) => a.name === 'Wei Wang');
    expect(wangs.map((a) => a.ids?.orcid).sort()).toEqual([
      '0000-0001-5109-3700',
      '0000-0003-4422-8712',
    ]);
    const wangOf = (title: string) => names(titled(title)).find((a) => a.name === 'Wei Wang')!;
    expect(wangOf('Optimizer Benchmarking').ids?.dblp).toBe('w/WeiWang12');
    expect(wangOf('Sparse Attention').ids?.dblp).toBe('w/WeiWang12');
    expect(wangOf('Robust Decentralized Averaging').ids?.dblp).toBe('w/WeiWang7');
    for (const paper of graph.papers)
      expect(new Set(paper.authors).size).toBe(paper.authors.length);
  });

  it('gives the owner her ORCID and her dblp pid, which no source prints together', () => {
    const owner = graph.authors.find((a) => a.owner)!;
    expect(owner.name).toBe('Anastasia Koloskova');
    expect(owner.ids).toEqual({
      orcid: '0000-0002-7732-3110',
      dblp: '227/2419',
      openalex: 'A5032140117',
    });
  });
});
