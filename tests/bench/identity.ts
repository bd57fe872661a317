/**
 * Person resolution measured against a truth (issue 11): on the real-data set
 * (`tests/fixtures/real/`, truth by hand) and on generated listings (`npm run synth`, truth
 * by construction). `npm run bench` prints this table with the others;
 *
 *   node --import tsx tests/bench/identity.ts     # or: npm run bench:identity
 *
 * prints only it, in seconds. Scoring itself is in `identityScore.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListingEntry } from '../../src/ingest/formats/types';
import { parseSource, runPipeline, type PipelineResult } from '../../src/ingest/pipeline';
import { readInputs, type InputSet } from '../../src/ingest/read/readInputs';
import { generateListings, type SynthTruth } from '../../src/synth';
import { loadRealTruth, realInputs, type RealTruth } from '../support/realData';
import {
  normaliseSpelling,
  scoreIdentity,
  type IdentityScore,
  type Mention,
} from './identityScore';
import { formatIdentity } from './report';

/** Papers in the generated world: a few hundred entries, a second or two to build. */
export const SYNTH_PAPERS = 600;

export interface IdentityFigures {
  set: string;
  files: number;
  entries: number;
  /** How predictions were read: `report.entries[].people`, or spellings looked up in the graph. */
  predictedFrom: 'report' | 'graph names';
  /** Mentions on entries that became no paper (unmatched, rejected): not scored. */
  unscored: number;
  score: IdentityScore;
}

/** Who the build says each spelling of one entry is. */
type Predictor = (entry: ListingEntry, fatePeople: readonly string[] | undefined) => string[];

/**
 * Predicted person per mention. The report's entry fates carry `people` (person ids aligned
 * with the parsed byline) once the resolver records them; until then, each spelling is looked
 * up among the graph's author names and aliases: exactly, then through the normaliser. A
 * spelling listed under two authors counts as predicted to the first of them (graph order),
 * which can only flatter recall, never create a precision error that is not there; a spelling
 * under no author predicts a person of its own.
 */
function predictor(build: PipelineResult): {
  predict: Predictor;
  from: IdentityFigures['predictedFrom'];
} {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const author of build.graph.authors)
    for (const name of [author.name, ...author.aliases]) {
      if (!exact.has(name)) exact.set(name, author.id);
      const key = normaliseSpelling(name).toLowerCase();
      if (!loose.has(key)) loose.set(key, author.id);
    }
  const lookUp = (spelling: string): string =>
    exact.get(spelling) ??
    loose.get(normaliseSpelling(spelling).toLowerCase()) ??
    `unresolved:${spelling}`;
  const fromReport = build.report.entries.some((e) => Array.isArray(peopleOf(e)));
  return {
    from: fromReport ? 'report' : 'graph names',
    predict: (entry, fatePeople) =>
      fromReport && fatePeople && fatePeople.length === entry.authors.length
        ? [...fatePeople]
        : entry.authors.map(lookUp),
  };
}

/** `report.entries[k].people`, read without assuming the field exists yet. */
function peopleOf(fate: object): readonly string[] | undefined {
  const people = (fate as { people?: unknown }).people;
  return Array.isArray(people) ? (people as string[]) : undefined;
}

/**
 * Runs the build on `inputs` and pairs every mention of every entry that became a paper with
 * its true label (`truthOf`) and predicted id.
 */
export function measure(
  set: string,
  inputs: InputSet,
  truthOf: (entry: ListingEntry, position: number, spelling: string) => string,
  samePaper: readonly (readonly string[])[] = [],
): IdentityFigures {
  const build = runPipeline(inputs);
  const { predict, from } = predictor(build);
  const fates = new Map(build.report.entries.map((f) => [`${f.file}:${f.line}`, f]));
  const mentions: Mention[] = [];
  let entries = 0;
  let unscored = 0;
  for (const source of inputs.sources) {
    for (const entry of parseSource(source).listing?.entries ?? []) {
      entries++;
      const key = `${entry.ref.file}:${entry.ref.line}`;
      const fate = fates.get(key);
      if (!fate || (fate.outcome !== 'merged' && fate.outcome !== 'kept')) {
        unscored += entry.authors.length;
        continue;
      }
      const predicted = predict(entry, peopleOf(fate));
      entry.authors.forEach((raw, i) => {
        const spelling = normaliseSpelling(raw);
        mentions.push({
          entry: key,
          position: i + 1,
          spelling,
          truth: truthOf(entry, i + 1, spelling),
          predicted: predicted[i]!,
        });
      });
    }
  }
  return {
    set,
    files: inputs.sources.length,
    entries,
    predictedFrom: from,
    unscored,
    score: scoreIdentity(mentions, build.graph.papers, samePaper),
  };
}

/** The real set's truth as a lookup; throws on a spelling the truth does not label. */
export function realTruthLookup(
  truth: RealTruth,
): (entry: ListingEntry, position: number, spelling: string) => string {
  const bySpelling = new Map<string, string>();
  for (const [label, spellings] of Object.entries(truth.people))
    for (const s of spellings) bySpelling.set(normaliseSpelling(s), label);
  return (entry, position, spelling) => {
    const override = truth.mentions[`${entry.ref.file}:${entry.ref.line}:${position}`];
    const label = override ?? bySpelling.get(spelling);
    if (label === undefined)
      throw new Error(
        `${entry.ref.file}:${entry.ref.line}: "${spelling}" (position ${position}) is not in truth.json`,
      );
    return label;
  };
}

export function measureReal(): IdentityFigures {
  return measure('real set', realInputs(), realTruthLookup(loadRealTruth()));
}

/**
 * Generated listings: `npm run synth`'s output (written to a temporary folder and read back
 * through the read stage, like any input). Its truth names each paper's sources and people,
 * and each person's spellings; a mention is the person of that paper who has that spelling.
 */
export function measureSynth(papers = SYNTH_PAPERS): IdentityFigures {
  const { files, truth } = generateListings({ papers, seed: 1 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-identity-'));
  try {
    for (const file of files) writeFileSync(path.join(dir, file.name), file.text);
    writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth));
    const written = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as SynthTruth;
    return measure(
      `generated (${papers} papers)`,
      readInputs(
        files.map((f) => f.name),
        dir,
      ),
      synthTruthLookup(written),
      written.papers.map((p) => p.sources.map((r) => `${r.file}:${r.line}`)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function synthTruthLookup(
  truth: SynthTruth,
): (entry: ListingEntry, position: number, spelling: string) => string {
  const paperOf = new Map<string, SynthTruth['papers'][number]>();
  for (const paper of truth.papers)
    for (const ref of paper.sources) paperOf.set(`${ref.file}:${ref.line}`, paper);
  const spellingsOf = new Map(
    truth.people.map((p) => [p.id, new Set(p.spellings.map(normaliseSpelling))]),
  );
  const anyone = new Map<string, string>();
  for (const p of truth.people)
    for (const s of p.spellings)
      if (!anyone.has(normaliseSpelling(s))) anyone.set(normaliseSpelling(s), p.id);
  return (entry, _position, spelling) => {
    const paper = paperOf.get(`${entry.ref.file}:${entry.ref.line}`);
    const own = paper?.authors.find((id) => spellingsOf.get(id)?.has(spelling));
    const label = own ?? anyone.get(spelling);
    if (label === undefined)
      throw new Error(`${entry.ref.file}:${entry.ref.line}: "${spelling}" is in no synth truth`);
    return label;
  };
}

export function benchIdentity(): IdentityFigures[] {
  return [measureReal(), measureSynth()];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const started = performance.now();
  const figures = benchIdentity();
  console.log(formatIdentity(figures));
  console.error(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
}
