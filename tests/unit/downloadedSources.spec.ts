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

  it('a dblp file that declares entities is an error at its line, and nothing is built from it alone', () => {
    const bomb = {
      file: 'lol.xml',
      text: '<?xml version="1.0"?>\n<!DOCTYPE dblpperson [\n<!ENTITY a "aaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n<dblpperson name="X"><r><article key="journals/x/Y"><author>A</author><title>&b;</title></article></r></dblpperson>\n',
    };
    const { errors } = runPipeline({ sources: [bomb], aliasFiles: [] });
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'lol.xml', line: 3, severity: 'error' }),
    );
  });
});
