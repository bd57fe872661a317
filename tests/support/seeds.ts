/**
 * The seed listings as tests see them: read once through the real read stage.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat } from '../../src/ingest/formats/detect';
import { splitLines } from '../../src/ingest/formats/lines';
import type { ListingEntry, ParsedListing, SourceText } from '../../src/ingest/formats/types';
import { withText } from '../../src/ingest/parse/parseSource';
import { runPipeline, type PipelineResult } from '../../src/ingest/pipeline';
import { readInputs, type InputSet } from '../../src/ingest/read/readInputs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_FILES = {
  profileA: 'seeds/000_d6322733d7fb6209.txt',
  profileB: 'seeds/001_0749a54df10004e6.txt',
  cluster: 'seeds/002_b454e9bc51aad916.txt',
  abstractsA: 'seeds/003_b5fb0f5f7d9cde3d.txt',
  abstractsB: 'seeds/004_5f43e917b68111d4.txt',
} as const;

let inputs: InputSet | undefined;
let result: PipelineResult | undefined;

export function seedInputs(): InputSet {
  return (inputs ??= readInputs(['seeds'], REPO_ROOT));
}

export function seedSource(file: string): SourceText {
  const source = seedInputs().sources.find((s) => s.file === file);
  if (!source) throw new Error(`seed ${file} not read`);
  return withText(source);
}

export function parseSeed(file: string): ParsedListing {
  const source = seedSource(file);
  const lines = splitLines(source.text);
  const format = detectFormat(lines).format;
  if (!format) throw new Error(`no format detected for ${file}`);
  return format.parse(source, lines);
}

export function seedEntries(): ListingEntry[] {
  return Object.values(SEED_FILES).flatMap((f) => parseSeed(f).entries);
}

/** The whole pipeline on the seeds, computed once per test file. */
export function seedBuild(): PipelineResult {
  return (result ??= runPipeline(seedInputs()));
}

export function entryAt(file: string, line: number): ListingEntry {
  const entry = parseSeed(file).entries.find((e) => e.ref.line === line);
  if (!entry) throw new Error(`no entry at ${file}:${line}`);
  return entry;
}

export function entryTitled(file: string, titleStart: string): ListingEntry {
  const entry = parseSeed(file).entries.find((e) => e.title?.startsWith(titleStart));
  if (!entry) throw new Error(`no entry titled "${titleStart}…" in ${file}`);
  return entry;
}
