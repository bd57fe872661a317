/**
 * Invariants on the real-data set (`tests/fixtures/real/`, see SOURCES.md): the whole set in one
 * build, and each group's folder alone. What a user would see as plainly wrong: an entry gone,
 * a person twice on one paper, names and titles with debris the sources carry (mojibake,
 * equal-contribution markers, LaTeX, HTML).
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { measure, realTruthLookup } from '../bench/identity';
import {
  loadRealTruth,
  parseAll,
  REAL_GROUPS,
  realInputs,
  type RealGroup,
} from '../support/realData';

const NAME_DEBRIS: [string, RegExp][] = [
  ['mojibake', /Ã|â€/],
  ['a marker', /[*†]|<!>/],
  ['LaTeX', /[\\{}]|undefined/],
  ['an HTML tag', /<\/?[a-z][^>]*>/i],
];
const TITLE_DEBRIS: [string, RegExp][] = [
  ['undefined', /undefined/],
  ['\\textsf', /\\textsf/],
  ['<i>', /<i>/i],
  ['<sub>', /<sub>/i],
];

const debris = (texts: readonly string[], kinds: [string, RegExp][]): string[] =>
  texts.flatMap((t) => kinds.filter(([, re]) => re.test(t)).map(([kind]) => `${kind}: ${t}`));

const sets: [string, readonly RealGroup[]][] = [
  ['the whole set', REAL_GROUPS],
  ...REAL_GROUPS.map((g): [string, readonly RealGroup[]] => [g, [g]]),
];

describe.each(sets)('real data: %s', (_name, groups) => {
  const inputs = realInputs(groups);
  const build = runPipeline(inputs);
  const parsed = parseAll(inputs);

  it('accounts for every entry', () => {
    expect(inputs.sources.length).toBeGreaterThan(0);
    expect(build.report.accounting.balanced).toBe(true);
    expect(build.report.accounting.entriesRead).toBe(parsed.entries.length + parsed.rejected);
  });

  it('lists no person twice on one paper', () => {
    const { score } = measure('real', inputs, realTruthLookup(loadRealTruth()));
    expect(score.selfLinks, 'papers listing one true person under two ids').toBe(0);
    expect(score.repeatedInEntry, 'bylines naming one true person twice').toBe(0);
  });

  it('shows author names without mojibake, markers, LaTeX or HTML', () => {
    expect(
      debris(
        build.graph.authors.map((a) => a.name),
        NAME_DEBRIS,
      ),
    ).toEqual([]);
  });

  it('shows titles without LaTeX, HTML or undefined', () => {
    expect(
      debris(
        build.graph.papers.map((p) => p.title),
        TITLE_DEBRIS,
      ),
    ).toEqual([]);
  });
});
