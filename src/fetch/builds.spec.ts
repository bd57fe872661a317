/**
 * What `npm run fetch` writes is meant to be committed and built without the network: the
 * fetched folder must build into the fixture's papers and people. This waits for the build
 * step's OpenAlex and dblp formats (being written in src/ingest/formats/ by another change);
 * until they land it fails, on purpose, rather than being skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFetchCli } from './cli';
import { PERSON, startStandIn, type StandIn } from './standIn.testing';
import { runPipeline } from '../ingest/pipeline';
import { readInputs } from '../ingest/read/readInputs';

const FIXTURE_TITLES = [
  "Don't Use Large Mini-batches, Use Local SGD",
  'Extrapolation for Large-batch Training in Deep Learning',
  'Ensemble Distillation for Robust Model Fusion in Federated Learning',
];
const FIXTURE_PEOPLE = [
  'Tao Lin',
  'Sebastian U. Stich',
  'Kumar Kshitij Patel',
  'Martin Jaggi',
  'Lingjing Kong',
];

let server: StandIn;
let work: string;

beforeAll(async () => {
  server = await startStandIn();
  work = mkdtempSync(path.join(os.tmpdir(), 'atlas-fetch-build-'));
  const fast = { minIntervalMs: 0, backoffMs: 10, timeoutMs: 2_000 };
  const code = await runFetchCli(
    ['--orcid', PERSON.orcid, '--dblp', PERSON.pid, '--out', 'records'],
    {
      cwd: work,
      env: { ATLAS_OPENALEX_URL: server.url, ATLAS_DBLP_URL: server.url },
      stdout: () => {},
      stderr: () => {},
      limits: { openalex: fast, dblp: fast },
    },
  );
  expect(code).toBe(0);
});

afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a fetched folder builds without the network', () => {
  it('reads every fetched file as a listing and gives the fixture’s papers and people', () => {
    const { graph, report, errors } = runPipeline(readInputs(['records'], work));
    expect(errors).toEqual([]);
    expect(report.files.map((f) => [f.file, f.format !== 'skipped' && f.entries > 0])).toEqual([
      [path.join('records', 'dblp-t-TaoLin4.xml'), true],
      [path.join('records', `openalex-${PERSON.orcid}-1.json`), true],
      [path.join('records', `openalex-${PERSON.orcid}-2.json`), true],
    ]);
    const titles = new Set(graph.papers.map((p) => p.title.replace(/\.$/, '')));
    expect([...titles].sort()).toEqual([...FIXTURE_TITLES].sort());
    const names = graph.authors.map((a) => a.name);
    for (const name of FIXTURE_PEOPLE) expect(names).toContain(name);
  });
});
