/**
 * The report says what became of every input entry (part of paper X, unmatched and kept, or
 * rejected with a reason), and the numbers add up: on the seeds, on every fixture alone, and
 * on all of them together.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { accountFor } from '../../src/ingest/report/accounting';
import { readInputs } from '../../src/ingest/read/readInputs';
import type { ListingEntry, ParsedListing } from '../../src/ingest/formats/types';
import { REPO_ROOT, seedBuild } from '../support/seeds';
import { expectAccounted } from './support/accounted';

const FIXTURES = 'tests/fixtures';

function fixtureFiles(folder: string): string[] {
  return readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !/^\.|\.md$|^aliases\.json$/.test(d.name))
    .map((d) => path.relative(REPO_ROOT, path.join(d.parentPath, d.name)))
    .sort();
}

describe('accounting', () => {
  it('adds up on the seeds', () => {
    const { graph, report } = seedBuild();
    expect(report.accounting).toMatchObject({ entriesRead: 201, balanced: true });
    expectAccounted(graph, report);
  });

  it.each(fixtureFiles(FIXTURES))('adds up on %s', (file) => {
    const { graph, report } = runPipeline(readInputs([file], REPO_ROOT));
    expectAccounted(graph, report);
  });

  it('adds up on every fixture and seed at once', () => {
    const { graph, report } = runPipeline(readInputs([FIXTURES, 'seeds'], REPO_ROOT));
    expect(report.accounting.entriesRead).toBeGreaterThan(201);
    expectAccounted(graph, report);
  });

  it('does not balance when a stage loses an entry or claims one twice', () => {
    const entry = (line: number): ListingEntry => ({
      ref: { file: 'f.txt', line },
      title: `Paper ${line}`,
      authors: [],
      authorsCut: false,
      ownerAdded: false,
    });
    const [a, b] = [entry(1), entry(2)];
    const listing: ParsedListing = {
      file: 'f.txt',
      format: 'profile-listing',
      entries: [a, b],
      rejected: [],
      issues: [],
    };
    const account = (clusters: ListingEntry[][]) =>
      accountFor({
        listings: [listing],
        entries: [a, b],
        paperIds: clusters.map((_, i) => `p${i}`),
        papers: {
          papers: clusters.map((entries) => ({ entries })),
          keptApart: [],
          unmatched: [],
          merges: [],
          issues: [],
        },
      }).accounting.balanced;
    expect(account([[a], [b]])).toBe(true);
    expect(account([[a]])).toBe(false); // b lost
    expect(account([[a, b], [b]])).toBe(false); // b twice
  });
});
