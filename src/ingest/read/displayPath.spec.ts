import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import type { GraphFile } from '../../model/types';
import { runCli } from '../cli';
import type { BuildReport } from '../report/types';
import { displayPaths } from './displayPath';

describe('paths in the graph file', () => {
  it('names a file outside the working directory by its name alone, in the graph and the report', () => {
    const inputs = mkdtempSync(path.join(tmpdir(), 'atlas-x-'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'atlas-cwd-'));
    const bib = path.join(inputs, 'papers.bib');
    copyFileSync(path.join(REPO_ROOT, 'tests/fixtures/bibtex/lab.bib'), bib);
    const code = runCli([bib, '--out', 'graph.json', '--report', 'report.json'], {
      cwd: elsewhere,
      stdout: () => {},
      stderr: () => {},
    });
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(path.join(elsewhere, 'graph.json'), 'utf8')) as GraphFile;
    expect(graph.sources.map((s) => s.file)).toEqual(['papers.bib']);
    const refs = graph.papers.flatMap((p) => p.sources.map((s) => s.file));
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs)).toEqual(new Set(['papers.bib']));
    const report = JSON.parse(
      readFileSync(path.join(elsewhere, 'report.json'), 'utf8'),
    ) as BuildReport;
    expect(report.files.map((f) => f.file)).toEqual(['papers.bib']);
    expect(JSON.stringify(report)).not.toContain(inputs);
    expect(report.issues.map((i) => i.file)).toEqual(['papers.bib']);
  });

  it('keeps paths inside the working directory relative, and tells same-named outside files apart', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'atlas-cwd-'));
    mkdirSync(path.join(cwd, 'seeds'));
    const names = displayPaths(
      [
        path.join(cwd, 'seeds', 'a.txt'),
        '/srv/lab/a/papers.bib',
        '/srv/lab/b/papers.bib',
        '/data/a.txt',
      ],
      cwd,
    );
    expect([...names.values()]).toEqual(['seeds/a.txt', 'a/papers.bib', 'b/papers.bib', 'a.txt']);
  });
});
