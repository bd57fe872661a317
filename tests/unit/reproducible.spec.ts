/**
 * The same inputs give a byte-identical graph file on any run: in separate processes, in
 * another time zone and locale (Turkish, where `i`.toLocaleUpperCase() is `İ`), with the
 * inputs named in another order and spelling.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { serialize } from '../../src/ingest/write/writeOutput';
import { REPO_ROOT } from '../support/seeds';

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
const INPUTS = ['seeds', 'tests/fixtures/hostile', 'tests/fixtures/bad-input/folder'];

function buildInOwnProcess(env: Record<string, string>, args: string[], dir: string, name: string) {
  const out = path.join(dir, `${name}.json`);
  const report = path.join(dir, `${name}.report.json`);
  const result = spawnSync(
    path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
    [
      path.join(REPO_ROOT, 'src/ingest/main.ts'),
      ...args,
      '--out',
      out,
      '--report',
      report,
      '--quiet',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  expect(result.status, result.stderr).toBe(0);
  return { graph: readFileSync(out), report: readFileSync(report) };
}

describe('reproducible builds', () => {
  it('writes the same bytes in separate processes, any time zone, locale and input order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-reproducible-'));
    const first = buildInOwnProcess({ TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, INPUTS, dir, 'first');
    const second = buildInOwnProcess(
      { TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
      [...INPUTS].reverse().map((input) => `./${input}/`),
      dir,
      'second',
    );
    // Compared by digest: a failing diff of a 200 KB line helps nobody.
    expect(sha256(second.graph)).toBe(sha256(first.graph));
    expect(sha256(second.report)).toBe(sha256(first.report));
    const inProcess = serialize(runPipeline(readInputs(INPUTS, REPO_ROOT)).graph);
    expect(sha256(inProcess)).toBe(sha256(first.graph));
  });
});
