import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraphFile } from '../model/validate';
import { seedBuild, seedInputs } from '../../tests/support/seeds';
import { contractChecker } from '../../tests/unit/support/contractChecker';
import { runPipeline } from './pipeline';
import { serialize } from './write/writeOutput';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the build step on the seeds', () => {
  const { graph, report, errors } = seedBuild();

  it('reads every entry of every file: 50, 50, 81, 10, 10', () => {
    expect(errors).toEqual([]);
    expect(report.files.map((f) => [path.basename(f.file), f.format, f.entries])).toEqual([
      ['000_d6322733d7fb6209.txt', 'profile-listing', 50],
      ['001_0749a54df10004e6.txt', 'profile-listing', 50],
      ['002_b454e9bc51aad916.txt', 'author-cluster', 81],
      ['003_b5fb0f5f7d9cde3d.txt', 'abstract-list', 10],
      ['004_5f43e917b68111d4.txt', 'abstract-list', 10],
    ]);
    expect(report.aliasFiles).toEqual(['seeds/aliases.json']);
  });

  it('accounts for every entry: the counts add up and each entry has one fate', () => {
    const a = report.accounting;
    expect(a.entriesRead).toBe(201);
    expect(a.balanced).toBe(true);
    expect(a.merged + a.kept + a.unmatched + a.rejected).toBe(a.entriesRead);
    expect(report.entries).toHaveLength(a.entriesRead);
    const keys = report.entries.map((e) => `${e.file}:${e.line}`);
    expect(new Set(keys).size).toBe(keys.length);
    const paperIds = new Set(graph.papers.map((p) => p.id));
    for (const fate of report.entries) {
      if (fate.outcome === 'merged' || fate.outcome === 'kept')
        expect(paperIds.has(fate.paper)).toBe(true);
      if (fate.outcome === 'merged') {
        const paper = graph.papers.find((p) => p.id === fate.paper)!;
        expect(paper.sources).toContainEqual({ file: fate.file, line: fate.line });
      }
    }
    // Every source of every paper is an entry the report says went there, and vice versa.
    const sources = graph.papers.flatMap((p) => p.sources.map((s) => `${s.file}:${s.line}`));
    const placed = report.entries
      .filter((e) => e.outcome === 'merged' || e.outcome === 'kept')
      .map((e) => `${e.file}:${e.line}`);
    expect(sources.sort()).toEqual(placed.sort());
    expect(report.entries.filter((e) => e.outcome === 'unmatched')).toHaveLength(3);
  });

  it('passes the shared graph-file contract check and its own validator', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    const file = path.join(dir, 'graph.json');
    writeFileSync(file, serialize(graph));
    const output = execFileSync('python3', [contractChecker(), file], { encoding: 'utf8' });
    expect(output).toMatch(/contract holds/);
    expect(validateGraphFile(JSON.parse(serialize(graph))).ok).toBe(true);
  });

  it('lays every author out at a finite position, with the owner near the middle', () => {
    for (const a of graph.authors) {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    }
    const xs = graph.authors.map((a) => a.x);
    const spread = Math.max(...xs) - Math.min(...xs);
    const owner = graph.authors.find((a) => a.owner)!;
    const cx = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(spread).toBeGreaterThan(0);
    expect(Math.abs(owner.x - cx)).toBeLessThan(spread / 4);
    expect(graph.layout).toEqual({ algorithm: 'forceatlas2', seed: 42, iterations: 500 });
  });

  it('is deterministic: the same inputs give byte-identical output, in any input order', () => {
    const first = serialize(runPipeline(seedInputs()).graph);
    const reversed = seedInputs();
    const second = serialize(
      runPipeline({ ...reversed, sources: [...reversed.sources].reverse() }).graph,
    );
    // Compared by digest: a failing diff of a 180 KB line helps nobody.
    expect(sha256(second)).toBe(sha256(first));
    expect(sha256(serialize(graph))).toBe(sha256(first));
  });
});
