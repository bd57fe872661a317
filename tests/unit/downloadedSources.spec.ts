/**
 * The downloaded-source fixtures through the whole build: every entry accounted for, and
 * every problem a `file:line` the user can open.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { REPO_ROOT } from '../support/seeds';

describe('downloaded sources, end to end', () => {
  it.each([
    ['tests/fixtures/dblp', 7, 2],
    ['tests/fixtures/openalex', 4, 1],
    ['tests/fixtures/ris', 46, 2],
    ['tests/fixtures/hugo/site', 4, 1],
    ['tests/fixtures/overlap', 20, 0],
  ])('%s: %i entries read, %i rejected, balanced', (folder, read, rejected) => {
    const { report } = runPipeline(readInputs([folder], REPO_ROOT));
    expect(report.accounting).toMatchObject({ entriesRead: read, rejected, balanced: true });
    for (const issue of report.issues) {
      expect(issue.file.startsWith(folder)).toBe(true);
      expect(issue.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('a dblp file that declares entities: refused at that line; alone nothing is built, beside good files the build goes on', () => {
    const bomb = {
      file: 'lol.xml',
      text: '<?xml version="1.0"?>\n<!DOCTYPE dblpperson [\n<!ENTITY a "aaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n<dblpperson name="X"><r><article key="journals/x/Y"><author>A</author><title>&b;</title></article></r></dblpperson>\n',
    };
    const alone = runPipeline({ sources: [bomb], aliasFiles: [] });
    expect(alone.errors.length).toBeGreaterThan(0);
    expect(alone.report.issues).toContainEqual(
      expect.objectContaining({
        file: 'lol.xml',
        line: 3,
        message: expect.stringContaining('<!ENTITY'),
      }),
    );
    const beside = runPipeline({
      ...readInputs(['tests/fixtures/dblp'], REPO_ROOT),
      sources: [bomb, ...readInputs(['tests/fixtures/dblp'], REPO_ROOT).sources],
    });
    expect(beside.errors).toEqual([]);
    expect(beside.report.accounting).toMatchObject({ entriesRead: 7, balanced: true });
  });
});
