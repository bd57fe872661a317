/**
 * fast-check arbitraries for listings as they arrive broken: random text, and the real seed
 * listings with lines deleted, duplicated, truncated or swapped, bytes flipped, control and
 * invisible characters injected, CRLF line ends and byte order marks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT, SEED_FILES } from '../../support/seeds';

/** Fixed by default so a failure in CI replays; `FUZZ_SEED=random` or a number explores more. */
export const FUZZ = {
  seed:
    process.env['FUZZ_SEED'] === 'random'
      ? undefined
      : Number(process.env['FUZZ_SEED'] ?? 20260601),
  /** Multiplies every property's run count (`FUZZ_SCALE=20` for a long local run). */
  scale: Number(process.env['FUZZ_SCALE'] ?? 1),
};

/** Per-test time limit, grown with the run counts. */
export const FUZZ_TIMEOUT = 30_000 * Math.max(1, FUZZ.scale);

export function runs(numRuns: number): fc.Parameters<unknown> {
  return {
    numRuns: Math.max(1, Math.round(numRuns * FUZZ.scale)),
    ...(FUZZ.seed !== undefined ? { seed: FUZZ.seed } : {}),
  };
}

const seedTexts = Object.values(SEED_FILES).map((file) => ({
  file,
  lines: readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n'),
}));

/** Characters that copies from the web smuggle in, and some that attackers do. */
const ODD_CHARACTERS = [
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\r',
  '\t',
  '\u2028',
  '\ufffd',
  'e\u0301',
  '\ud83d',
  '·',
  '•',
  ' et al.',
  ', ',
  '$',
  '\\',
  '<script>',
  '{@html x}',
];

/** Text that looks like a piece of a listing line: words, names, markers, odd characters. */
export const listingishText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ODD_CHARACTERS),
      fc.constantFrom(
        'Ada Lovelace',
        'Martin Jaggi',
        'Abstract:',
        'h-index3',
        '82 papers',
        '12.0LGJan 2, 2020Code',
        'LGMar 3',
        'ICML Conference 2024 Conference Paper',
        'Author name cluster',
        '  • ',
        'EPFL',
        'Preprint',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Random text of random lines: what a parser must survive without knowing the format. */
export const randomListing: fc.Arbitrary<string> = fc
  .array(fc.oneof(listingishText, fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'inject'; at: number; offset: number; text: string }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat(200) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    offset: fc.nat(200),
    text: fc.oneof(fc.constantFrom(...ODD_CHARACTERS), listingishText),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: listingishText }),
);

function applyMutation(lines: string[], m: Mutation): void {
  if (m.kind === 'insert') {
    lines.splice(m.at % (lines.length + 1), 0, m.text);
    return;
  }
  if (lines.length === 0) return;
  const at = m.at % lines.length;
  const line = lines[at]!;
  if (m.kind === 'delete') lines.splice(at, 1);
  else if (m.kind === 'duplicate') lines.splice(at, 0, line);
  else if (m.kind === 'truncate') lines[at] = line.slice(0, m.keep);
  else if (m.kind === 'swap') {
    const other = m.with % lines.length;
    [lines[at], lines[other]] = [lines[other]!, line];
  } else {
    const offset = m.offset % (line.length + 1);
    lines[at] = line.slice(0, offset) + m.text + line.slice(offset);
  }
}

export interface MutatedListing {
  file: string;
  text: string;
}

/**
 * A window of a real seed listing (its head kept, so it is still recognisably that format,
 * unless a mutation breaks that too), mutated, with random line ends and BOM.
 */
export const mutatedSeed: fc.Arbitrary<MutatedListing> = fc
  .record({
    seed: fc.nat(seedTexts.length - 1),
    head: fc.integer({ min: 0, max: 16 }),
    start: fc.nat(),
    // Mostly short windows (fast builds); a quarter whole files, where papers merge across files.
    length: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 3 },
      { arbitrary: fc.constant(100_000), weight: 1 },
    ),
    mutations: fc.array(mutation, { maxLength: 8 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    name: fc.constantFrom('a.txt', 'b.txt', 'c/d.txt', 'e.listing'),
  })
  .map(({ seed, head, start, length, mutations, crlf, bom, name }) => {
    const source = seedTexts[seed]!.lines;
    const from = length > source.length ? head : head + (start % Math.max(1, source.length - head));
    const lines = [...source.slice(0, head), ...source.slice(from, from + length)];
    for (const m of mutations) applyMutation(lines, m);
    const text = (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n');
    return { file: `${seed}-${name}`, text };
  });

/** Bytes of a mutated listing with some flipped, as a disk or a bad copy would give them. */
export const flippedBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(mutatedSeed, fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 6 }), fc.boolean())
  .map(([listing, flips, latin1]) => {
    const bytes = latin1
      ? Uint8Array.from(listing.text, (c) => c.charCodeAt(0) & 0xff)
      : new TextEncoder().encode(listing.text);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });

/** A byline as a profile page prints it, or nearly. */
export const randomByline: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'Ada Lovelace',
          'J. Smith',
          'Martin Takáč',
          'Tao Lin 0004',
          'Celestine Mendler-Dünner',
          'van der Berg',
          'A',
          '',
        ),
        listingishText,
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom('', ' et al.', ' et al', ',et al.'),
    fc.oneof(
      fc.constant(''),
      listingishText.map((a) => ` · ${a}`),
    ),
  )
  .map(([names, etAl, affiliation]) => `${names.join(', ')}${etAl}${affiliation}`);
