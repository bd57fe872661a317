import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consortiumBibtex } from '../../tests/support/consortium';
import { seedBuild, seedInputs } from '../../tests/support/seeds';
import type { GraphFile } from '../model/types';
import { parseArgs, runCli } from './cli';
import { runPipeline } from './pipeline';

const consortium = { file: 'consortium.bib', text: consortiumBibtex(3000) };

describe('--max-linked-authors (hyperauthorship)', () => {
  const seeds = seedInputs();
  const built = runPipeline({ ...seeds, sources: [...seeds.sources, consortium] });
  const huge = built.graph.papers.find((p) => p.authors.length >= 3000)!;

  it('keeps the paper in its own record and every author list, marked unlinked', () => {
    expect(huge.linked).toBe(false);
    expect(huge.authors).toHaveLength(3000);
    expect(built.graph.maxLinkedAuthors).toBe(25);
    expect(built.graph.papers.filter((p) => p.linked === false)).toHaveLength(1);
    for (const id of huge.authors.slice(0, 5)) {
      expect(built.graph.authors.find((a) => a.id === id)?.paperCount).toBeGreaterThan(0);
    }
  });

  it('counts no collaboration from it: the seeds plus the three pairs of the small paper', () => {
    expect(built.report.summary.collaborations).toBe(seedBuild().report.summary.collaborations + 3);
    expect(built.report.summary.unlinkedPapers).toBe(1);
  });

  it('leaves the seeds as they were: only the threshold is new', () => {
    const { maxLinkedAuthors, ...rest } = seedBuild().graph;
    expect(maxLinkedAuthors).toBe(25);
    expect(rest.papers.some((p) => 'linked' in p)).toBe(false);
  });

  it('takes the threshold from the command line and says what it left out', () => {
    expect(parseArgs(['--max-linked-authors', '100']).maxLinkedAuthors).toBe(100);
    expect(() => parseArgs(['--max-linked-authors', '0'])).toThrow(/whole number/);
    expect(() => parseArgs(['--max-linked-authors', '2.5'])).toThrow(/whole number/);

    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-hyper-'));
    writeFileSync(path.join(dir, 'consortium.bib'), consortiumBibtex(30));
    // The 30-author paper's 435 pairs, plus Roe's two with its first two authors.
    const out: string[] = [];
    const run = (args: string[]) =>
      runCli(['consortium.bib', ...args], {
        cwd: dir,
        stdout: (t) => out.push(t),
        stderr: () => {},
      });
    expect(run(['--out', 'graph.json'])).toBe(0);
    expect(out.join('\n')).toMatch(
      /collaborations 3 · .* · warnings \d+ · 1 paper above 25 authors \(not linked\)/,
    );
    const graph = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')) as GraphFile;
    expect(graph.papers.find((p) => p.authors.length === 30)?.linked).toBe(false);

    out.length = 0;
    expect(run(['--out', 'loose.json', '--max-linked-authors', '30'])).toBe(0);
    expect(out.join('\n')).toMatch(/collaborations 437 · /);
    expect(out.join('\n')).not.toMatch(/not linked/);
  });
});
