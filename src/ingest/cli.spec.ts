import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_FILES } from '../../tests/support/seeds';
import { problemLines, runCli } from './cli';
import type { BuildReport } from './report/types';

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
  mkdirSync(path.join(dir, 'seeds'));
  for (const file of [...Object.values(SEED_FILES), 'seeds/aliases.json'])
    copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
  return dir;
}

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run graph', () => {
  it('builds public/graph.json from seeds/ by default and prints a summary', () => {
    const dir = workspace();
    const { code, stdout, stderr } = run([], dir);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'public/graph.json'))).toBe(true);
    expect(stdout).toMatch(
      /seeds\/000_d6322733d7fb6209\.txt\s+profile listing\s+50 entries, owner Martin Jaggi/,
    );
    expect(stdout).toMatch(/seeds\/002_b454e9bc51aad916\.txt\s+author cluster\s+81 entries/);
    expect(stdout).toMatch(
      /Entries 201: \d+ merged into shared papers, \d+ kept as their own paper, 3 unmatched \(kept\), 0 rejected/,
    );
    expect(stdout).toMatch(
      /Papers \d+ · authors \d+ · collaborations \d+ · paper merges \d+ · people merges \d+ · unmatched records 2/,
    );
    expect(stderr).toContain(
      'seeds/002_b454e9bc51aad916.txt:9: warning: header claims 82 papers but 81 entries are present',
    );
  });

  it('writes byte-identical files on two runs, and the full report on request', () => {
    const dir = workspace();
    expect(run(['seeds', '--out', 'a.json', '--report', 'report.json'], dir).code).toBe(0);
    expect(run(['seeds/', '--out', 'b.json'], dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.json'))).toEqual(readFileSync(path.join(dir, 'b.json')));
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as BuildReport;
    expect(report.accounting).toMatchObject({ entriesRead: 201, balanced: true });
    expect(report.entries).toHaveLength(201);
  });

  it('exits 2 on a usage error, with the usage', () => {
    const dir = workspace();
    for (const args of [['--colour'], ['--out'], ['--report', '--strict']]) {
      const { code, stderr } = run(args, dir);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: npm run graph');
    }
  });

  it('skips a file it cannot use with a warning while other inputs give entries', () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'notes.txt'),
      '\n\nDear colleagues,\nthe meeting moves to Tuesday.\n',
    );
    const { code, stderr } = run(['seeds', 'notes.txt'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^notes\.txt:3: warning: unknown listing format \(starts "Dear colleagues,"\): skipped; known formats: profile listing/m,
    );
    expect(existsSync(path.join(dir, 'public/graph.json'))).toBe(true);
    expect(run(['seeds', 'notes.txt', '--strict', '--out', 'strict.json'], dir).code).toBe(1);
    expect(existsSync(path.join(dir, 'strict.json'))).toBe(false);
  });

  it('exits 1 with file:line when no input can be used, and writes nothing', () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'notes.txt'),
      '\n\nDear colleagues,\nthe meeting moves to Tuesday.\n',
    );
    const { code, stderr } = run(['notes.txt'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^notes\.txt:3: error: unknown listing format \(starts "Dear colleagues,"\); known formats: profile listing/m,
    );
    expect(existsSync(path.join(dir, 'public/graph.json'))).toBe(false);
    expect(run(['missing/'], dir)).toMatchObject({
      code: 1,
      stderr: 'missing/: no such file or folder',
    });
  });

  it('exits 1 with one line when the graph file cannot be written', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'taken'));
    const { code, stderr } = run(['--out', 'taken', '--quiet'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^taken: cannot write \(E[A-Z]+\)$/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--quiet keeps errors and skipped files on screen, and counts the other warnings', () => {
    const issues = [
      { file: 'a.txt', line: 3, severity: 'warning' as const, message: 'entry rejected: x' },
      {
        file: 'b.txt',
        line: 1,
        severity: 'warning' as const,
        message: 'empty file: skipped',
        scope: 'file' as const,
      },
      { file: 'c.txt', line: 2, severity: 'warning' as const, message: 'no author line' },
    ];
    expect(problemLines(issues, true)).toEqual([
      'b.txt:1: warning: empty file: skipped',
      '2 more warnings not shown (--quiet; --report FILE lists them all)',
    ]);
    expect(problemLines(issues, false)).toHaveLength(3);
    expect(problemLines([{ ...issues[0]!, message: 'bad \u001b[2Jline' }], false)).toEqual([
      'a.txt:3: warning: bad ?[2Jline',
    ]);
  });

  it('shows progress by stage on request (and by itself for large inputs)', () => {
    const { code, stderr } = run(['--progress', '--quiet'], workspace());
    expect(code).toBe(0);
    const stages = [...stderr.matchAll(/^\[\d+\.\d s, \d+ MB\] ([a-z ]+)/gm)].map((m) => m[1]);
    expect(stages).toEqual([
      'parse',
      'resolve papers',
      'resolve people',
      'build graph',
      'layout',
      'report',
      'write',
      'done',
    ]);
  });

  it('--strict fails on warnings', () => {
    const { code, stderr } = run(['--strict'], workspace());
    expect(code).toBe(1);
    expect(stderr).toMatch(/--strict: 1 warning/);
  });

  it('skips what is not a listing in a folder, and reads a file named twice once', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'seeds/README.md'), '# notes');
    writeFileSync(
      path.join(dir, 'seeds/photo.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    );
    const { code } = run(['seeds', SEED_FILES.profileA, '--report', 'r.json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as BuildReport;
    expect(report.files.filter((f) => f.format === 'skipped').map((f) => [f.file, f.note])).toEqual(
      [
        ['seeds/README.md', 'MD that is not Hugo Academic publication'],
        ['seeds/photo.png', 'not a listing file type (.png)'],
      ],
    );
    expect(report.accounting.entriesRead).toBe(201);
  });

  it('runs as a real process with the documented exit codes', () => {
    const dir = workspace();
    const npm = (args: string[]) =>
      spawnSync(
        path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
        [path.join(REPO_ROOT, 'src/ingest/main.ts'), ...args],
        { cwd: dir, encoding: 'utf8' },
      );
    const ok = npm(['--quiet']);
    expect(ok.status).toBe(0);
    expect(existsSync(path.join(dir, 'public/graph.json'))).toBe(true);
    expect(npm(['--bogus']).status).toBe(2);
    const missing = npm(['nowhere.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
