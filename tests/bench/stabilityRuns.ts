/**
 * The rebuild scenarios of issue 14, shared by the benchmark (`stability.ts`) and the unit test
 * that holds the targets on the seeds: what a lab does when papers arrive is write a small
 * BibTeX file beside its listings, with a paper by people already on the map and one newcomer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignTo } from '../../src/ingest/layout/align';
import { displacement, type Displacement } from '../../src/ingest/layout/displacement';
import { runPipeline, type PipelineResult } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { serialize } from '../../src/ingest/write/writeOutput';
import type { GraphFile } from '../../src/model/types';

/** Targets of issue 14 after one new paper (shares of the map's bounding-box diagonal). */
export const MEDIAN_TARGET = 0.01;
export const P90_TARGET = 0.03;

const NEWCOMERS = [
  'Ilse Brandauer',
  'Tomasz Wierzba',
  'Keiko Hanamura',
  'Rafael Quintanilla',
  'Oona Lindqvist',
  'Dmitri Sokolenko',
  'Amara Okonkwo',
  'Henrike Vossberg',
  'Liang Zhaoming',
  'Paulina Ostrowska',
];

/**
 * `count` new papers, each by two coauthors of an existing paper, one more person already on
 * the map, and a newcomer. Picks are spread over the graph by fixed strides: deterministic.
 */
export function newPapersBibtex(graph: GraphFile, count: number): string {
  const name = new Map(graph.authors.map((a) => [a.id, a.name]));
  const withCoauthors = graph.papers.filter((p) => p.authors.length >= 2);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const paper = withCoauthors[(k * 37 + 11) % withCoauthors.length]!;
    const people = new Set(paper.authors.slice(0, 2));
    const other = graph.authors[(k * 53 + 7) % graph.authors.length]!;
    people.add(other.id);
    const authors = [...people].map((id) => name.get(id)!);
    authors.push(NEWCOMERS[k % NEWCOMERS.length]!);
    out.push(
      `@inproceedings{rebuild${k + 1},`,
      `  title = {Keeping the Picture, Part ${k + 1}: Anchored Layouts of Growing Coauthor Graphs},`,
      `  author = {${authors.join(' and ')}},`,
      `  booktitle = {Workshop on Stable Maps},`,
      `  year = 2025`,
      `}`,
      '',
    );
  }
  return out.join('\n');
}

export interface BuildRun {
  graph: GraphFile;
  result: PipelineResult;
  ms: number;
  /** The layout stage alone (for a rebuild: with reading and comparing the previous file). */
  layoutMs: number;
}

export function build(root: string, inputs: readonly string[], previous?: GraphFile): BuildRun {
  const set = readInputs(inputs, root);
  const text = previous ? serialize(previous) : undefined;
  const at = new Map<string, number>();
  const started = performance.now();
  const result = runPipeline(
    text !== undefined ? { ...set, previous: { file: 'previous.json', text } } : set,
    (stage) => at.set(stage.startsWith('layout') ? 'layout' : stage, performance.now()),
  );
  const ms = performance.now() - started;
  const layoutMs = (at.get('report') ?? 0) - (at.get('build graph') ?? 0);
  return { graph: result.graph, result, ms, layoutMs };
}

export interface ScenarioFigures {
  scenario: string;
  shared: number;
  warm: Displacement;
  cold: Displacement;
  /** The cold layout turned onto the previous one as well: what alignment alone would give. */
  coldAligned: Displacement;
  warmMs: number;
  coldMs: number;
  warmLayoutMs: number;
  coldLayoutMs: number;
  papersAdded: number;
  papersRemoved: number;
  peopleAdded: number;
  collaborationsAdded: number;
}

/** A cold layout aligned onto `before` on the shared people, for comparison. */
function aligned(before: GraphFile, after: GraphFile): GraphFile {
  const where = new Map(before.authors.map((a) => [a.id, a]));
  const points = new Float64Array(after.authors.length * 2);
  const target = new Float64Array(after.authors.length * 2);
  const shared = after.authors.map((a, i) => {
    points[2 * i] = a.x;
    points[2 * i + 1] = a.y;
    const was = where.get(a.id);
    if (!was) return false;
    target[2 * i] = was.x;
    target[2 * i + 1] = was.y;
    return true;
  });
  alignTo(points, target, shared);
  return {
    ...after,
    authors: after.authors.map((a, i) => ({ ...a, x: points[2 * i]!, y: points[2 * i + 1]! })),
  };
}

export function compare(
  scenario: string,
  before: GraphFile,
  warm: BuildRun,
  cold: BuildRun,
): ScenarioFigures {
  const people = warm.result.report.changes?.people;
  const match = new Map<string, string>();
  // The same person in both builds: by id, or as the rebuild matched them (a renamed person).
  const ids = new Set(before.authors.map((a) => a.id));
  for (const a of warm.graph.authors) if (ids.has(a.id)) match.set(a.id, a.id);
  for (const r of people?.renamed ?? []) match.set(r.id, r.previousId);
  const same = (id: string): string | undefined => match.get(id);
  const changes = warm.result.report.changes;
  return {
    scenario,
    shared: displacement(before.authors, warm.graph.authors, same).shared,
    warm: displacement(before.authors, warm.graph.authors, same),
    cold: displacement(before.authors, cold.graph.authors, same),
    coldAligned: displacement(before.authors, aligned(before, cold.graph).authors, same),
    warmMs: warm.ms,
    coldMs: cold.ms,
    warmLayoutMs: warm.layoutMs,
    coldLayoutMs: cold.layoutMs,
    papersAdded: changes?.papers.added.length ?? 0,
    papersRemoved: changes?.papers.removed.length ?? 0,
    peopleAdded: changes?.people.added.length ?? 0,
    collaborationsAdded: changes?.collaborations.added.length ?? 0,
  };
}

/**
 * Add one paper, add ten papers, remove one paper (the first scenario's, taken out again) on
 * one set of inputs. `scratch`: a folder for the new BibTeX files.
 */
export function runScenarios(
  root: string,
  inputs: readonly string[],
  scratch: string,
  only: 'all' | 'add one' = 'all',
): ScenarioFigures[] {
  mkdirSync(scratch, { recursive: true });
  const base = build(root, inputs);
  const one = path.join(scratch, 'new-paper.bib');
  writeFileSync(one, newPapersBibtex(base.graph, 1));
  const plusOne = [...inputs, one];
  const figures = [
    compare('add one paper', base.graph, build(root, plusOne, base.graph), build(root, plusOne)),
  ];
  if (only === 'add one') return figures;
  const ten = path.join(scratch, 'new-papers.bib');
  writeFileSync(ten, newPapersBibtex(base.graph, 10));
  const plusTen = [...inputs, ten];
  figures.push(
    compare('add ten papers', base.graph, build(root, plusTen, base.graph), build(root, plusTen)),
  );
  const withOne = build(root, plusOne);
  figures.push(
    compare('remove one paper', withOne.graph, build(root, inputs, withOne.graph), base),
  );
  return figures;
}
