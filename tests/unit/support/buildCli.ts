/**
 * Runs `npm run graph` in-process on some inputs and collects what a user sees (exit code,
 * stderr lines) and what it leaves behind (graph file, report), plus the in-memory build of
 * the same inputs for accounting checks even when nothing was written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/ingest/cli';
import { runPipeline, type PipelineResult } from '../../../src/ingest/pipeline';
import { readInputs } from '../../../src/ingest/read/readInputs';
import type { BuildReport } from '../../../src/ingest/report/types';
import type { GraphFile } from '../../../src/model/types';

export interface CliBuild {
  code: number;
  stdout: string;
  /** One entry per line written to stderr. */
  stderr: string[];
  report: BuildReport;
  /** The graph file, when one was written. */
  written?: GraphFile;
  /** The same inputs through the pipeline directly: the graph exists even when the CLI refused it. */
  inMemory: PipelineResult;
}

let counter = 0;
const outputs = mkdtempSync(path.join(tmpdir(), 'atlas-bad-input-'));

export function buildCli(inputs: readonly string[], cwd: string, flags: string[] = []): CliBuild {
  const out = path.join(outputs, `graph-${++counter}.json`);
  const reportFile = path.join(outputs, `report-${counter}.json`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli([...inputs, ...flags, '--out', out, '--report', reportFile], {
    cwd,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(...t.split('\n')),
  });
  return {
    code,
    stdout: stdout.join('\n'),
    stderr,
    report: JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport,
    ...(existsSync(out) ? { written: JSON.parse(readFileSync(out, 'utf8')) as GraphFile } : {}),
    inMemory: runPipeline(readInputs(inputs, cwd)),
  };
}
