import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedBuild } from '../../../tests/support/seeds';
import { contractChecker } from '../../../tests/unit/support/contractChecker';
import { registerDetails, detailsPending, loadDetails } from '../../app/load/details';
import { parseGraphFile } from '../../model/validate';
import type { DetailsInfo } from '../../model/split';
import { completeGraphText } from './completeGraph';
import { writeGraph } from './writeGraph';
import { serialize } from './writeOutput';

const workspace = () => mkdtempSync(path.join(tmpdir(), 'atlas-split-'));

describe('the graph file, split for the page when it is large', () => {
  const { graph } = seedBuild();

  it("writes a lab's map as one file that passes the contract checker", () => {
    const dir = workspace();
    const out = path.join(dir, 'graph.json');
    const written = writeGraph(out, graph);
    expect(written.details).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(serialize(graph));
    expect(execFileSync('python3', [contractChecker(), out], { encoding: 'utf8' })).toMatch(
      /contract holds/,
    );
  });

  it('splits above the threshold: detail files beside it, named from it, the page reads it whole', () => {
    const dir = workspace();
    const out = path.join(dir, 'lab.json');
    // A stale detail file of an earlier, larger build goes.
    writeFileSync(path.join(dir, 'lab.details-9.json'), '{}');
    const written = writeGraph(out, graph, { splitAbove: 10_000 });
    expect(written.details).toEqual(['lab.details-0.json']);
    expect(readdirSync(dir).sort()).toEqual(['lab.details-0.json', 'lab.json']);
    const main = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(main['details']).toEqual({
      files: ['lab.details-0.json'],
      papersPerFile: 1000,
      bylines: 'indices',
    });
    const papers = main['papers'] as Record<string, unknown>[];
    expect(papers.some((p) => 'abstract' in p || 'sources' in p)).toBe(false);
    expect(typeof (papers[0]!['authors'] as unknown[])[0]).toBe('number');
    expect(written.bytes).toBeLessThan(serialize(graph).length / 2);

    // The page's validation reads the main file with ids for bylines.
    const parsed = parseGraphFile(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.graph.papers.map((p) => p.authors)).toEqual(graph.papers.map((p) => p.authors));
    // The one-file export inlines the complete graph, details joined back in.
    const complete = JSON.parse(completeGraphText(out)) as typeof graph;
    expect(complete.papers.map((p) => p.abstract)).toEqual(graph.papers.map((p) => p.abstract));
    expect(complete.papers.map((p) => p.sources)).toEqual(graph.papers.map((p) => p.sources));

    // Written back as one file when it is small again: the detail files go.
    writeGraph(out, graph);
    expect(readdirSync(dir)).toEqual(['lab.json']);
  });

  it("the page reads a paper's details from beside the main file, once, when asked", async () => {
    const dir = workspace();
    const out = path.join(dir, 'graph.json');
    writeGraph(out, graph, { splitAbove: 10_000 });
    const parsed = parseGraphFile(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error('not valid');
    const fetched: string[] = [];
    const fakeFetch = (async (url: string) => {
      fetched.push(url);
      return new Response(readFileSync(path.join(dir, path.basename(new URL(url).pathname))));
    }) as typeof fetch;
    const info = (parsed.graph as { details?: DetailsInfo }).details!;
    registerDetails(parsed.graph, info, new URL('https://lab.example/maps/graph.json'), fakeFetch);
    const withAbstract = graph.papers.findIndex((p) => p.abstract);
    const paper = parsed.graph.papers[withAbstract]!;
    expect(paper.abstract).toBeUndefined();
    expect(detailsPending(paper)).toBe(true);
    await Promise.all([loadDetails(paper), loadDetails(parsed.graph.papers[0]!)]);
    expect(paper.abstract).toBe(graph.papers[withAbstract]!.abstract);
    expect(detailsPending(paper)).toBe(false);
    expect(fetched).toEqual(['https://lab.example/maps/graph.details-0.json']);
  });

  it('refuses detail names that leave the folder', () => {
    const main = {
      ...graph,
      details: { files: ['../secret.json'], papersPerFile: 10, bylines: 'indices' },
    };
    const parsed = parseGraphFile(JSON.stringify(main));
    expect(parsed.ok).toBe(false);
  });
});
