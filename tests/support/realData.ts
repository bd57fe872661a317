/**
 * The real-data test set (`tests/fixtures/real/`): public bibliographies of research groups,
 * read through the repository's own read stage, with the hand-made truth of who is who.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListingEntry } from '../../src/ingest/formats/types';
import { parseSource } from '../../src/ingest/pipeline';
import { readInputs, type InputSet } from '../../src/ingest/read/readInputs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'real');

/** One folder per research group; file names in reports are relative to `REAL_DIR`. */
export const REAL_GROUPS = ['lengerich', 'limaye', 'serc', 'tais'] as const;
export type RealGroup = (typeof REAL_GROUPS)[number];

/**
 * The listings of the given groups (all by default), read as `npm run graph` would read
 * their folders. The folders are named one by one so that `truth.json` and the notes beside
 * them are never taken for listings.
 */
export function realInputs(groups: readonly RealGroup[] = REAL_GROUPS): InputSet {
  return readInputs(groups, REAL_DIR);
}

/** A listing entry as parsed, with the file it came from. */
export interface ParsedRealEntry extends ListingEntry {
  file: string;
}

/** Every entry and rejected-entry count of the given inputs, parsed one file at a time. */
export function parseAll(inputs: InputSet): { entries: ParsedRealEntry[]; rejected: number } {
  const entries: ParsedRealEntry[] = [];
  let rejected = 0;
  for (const source of inputs.sources) {
    const parsed = parseSource(source);
    rejected += parsed.listing?.rejected.length ?? 0;
    for (const entry of parsed.listing?.entries ?? [])
      entries.push({ ...entry, file: source.file });
  }
  return { entries, rejected };
}

/** `tests/fixtures/real/truth.json`: which spellings are one person. */
export interface RealTruth {
  version: 1;
  /** label → the clean spellings of that person. */
  people: Record<string, string[]>;
  /** `file:line:position` (position 1-based in the byline) → label, overriding the spelling. */
  mentions: Record<string, string>;
}

export function loadRealTruth(): RealTruth {
  return JSON.parse(readFileSync(path.join(REAL_DIR, 'truth.json'), 'utf8')) as RealTruth;
}
