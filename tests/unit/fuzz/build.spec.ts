/**
 * Property tests of the whole build on random and mutated listings (made from the seeds):
 * it never throws, the graph file is always valid, and every entry is accounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/ingest/formats/lines';
import type { SourceText } from '../../../src/ingest/formats/types';
import { runPipeline } from '../../../src/ingest/pipeline';
import { decodeText } from '../../../src/ingest/read/decode';
import { serialize } from '../../../src/ingest/write/writeOutput';
import { accountingProblems } from '../support/accounted';
import { FUZZ_TIMEOUT, flippedBytes, mutatedSeed, randomListing, runs } from './listingArbitraries';

/** An alias file as users write them, or break them. */
const aliasFile = fc.oneof(
  fc.constant(undefined),
  fc.json(),
  randomListing,
  fc
    .dictionary(
      fc.string({ maxLength: 20 }),
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      {
        maxKeys: 3,
      },
    )
    .map((people) =>
      JSON.stringify({ version: 1, people, distinct: [['Ada Lovelace', 'A. Lovelace']] }),
    ),
);

function expectSoundBuild(sources: SourceText[], aliases: string | undefined): void {
  const { graph, report } = runPipeline({
    sources,
    aliasFiles: aliases === undefined ? [] : [{ file: 'aliases.json', text: aliases }],
  });
  expect(accountingProblems(graph, report)).toEqual([]);
  const lineCounts = new Map(sources.map((s) => [s.file, splitLines(s.text).length]));
  for (const issue of report.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    const lines = lineCounts.get(issue.file);
    if (lines !== undefined) expect(issue.line).toBeLessThanOrEqual(lines);
  }
}

/** Distinct file names: the read stage never gives two sources one name. */
const named = (texts: { text: string }[]): SourceText[] =>
  texts.map((t, i) => ({ file: `in${i}.txt`, text: t.text }));

describe('the whole build, on random and mutated listings', () => {
  it(
    'never throws, writes a valid graph and accounts for every entry',
    () => {
      fc.assert(
        fc.property(
          fc.array(mutatedSeed, { minLength: 1, maxLength: 3 }),
          aliasFile,
          (listings, aliases) => expectSoundBuild(named(listings), aliases),
        ),
        runs(40),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'does the same on random text and on flipped bytes read like files',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              randomListing.map((text) => ({ text })),
              flippedBytes.map((bytes) => ({ text: decodeText('f', bytes).text })),
            ),
            { minLength: 1, maxLength: 3 },
          ),
          (inputs) => expectSoundBuild(named(inputs), undefined),
        ),
        runs(40),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'gives the same bytes whatever order the files come in',
    () => {
      fc.assert(
        fc.property(fc.array(mutatedSeed, { minLength: 2, maxLength: 3 }), (listings) => {
          const sources = named(listings);
          const forward = serialize(runPipeline({ sources, aliasFiles: [] }).graph);
          const backward = serialize(
            runPipeline({ sources: [...sources].reverse(), aliasFiles: [] }).graph,
          );
          expect(backward === forward).toBe(true);
        }),
        runs(10),
      );
    },
    FUZZ_TIMEOUT,
  );
});
