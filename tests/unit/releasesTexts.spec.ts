import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateListings } from '../../src/synth';

/** The JSON line a support script prints, run in a process of its own with `--expose-gc`. */
function measure(script: string, ...args: string[]): { text: number; held: number } {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.resolve(__dirname, 'support', script), ...args],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as { text: number; held: number };
}

/**
 * At L the files' texts are 450 MB of heap; entries sliced from them would keep every one of
 * them alive for the whole build. Measured in a process of its own, with a forced collection.
 */
describe('the parse stage lets go of the files it read', () => {
  it('keeps less than the text it parsed once the text is dropped', () => {
    const { text, held } = measure('heldAfterParse.ts');
    expect(text).toBeGreaterThan(30_000_000);
    // The entries are most of the text (abstracts), copied at one byte a character where they
    // are ASCII: 0.93 of the text's heap here, 0.84 at L. Slices of the text would keep all of
    // it besides (1.17 here before the copies).
    expect(held).toBeLessThan(text);
  }, 60_000);
});

describe('the read stage keeps no listing text', () => {
  it('holds a small part of the texts it read and checked', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-held-'));
    for (const file of generateListings({ papers: 2000 }).files)
      writeFileSync(path.join(dir, file.name), file.text);
    const { text, held } = measure('heldAfterRead.ts', dir);
    expect(text).toBeGreaterThan(5_000_000);
    // Names, hashes and companions only: holding the texts until they are parsed was 450 MB at L.
    expect(held).toBeLessThan(text / 20);
  }, 60_000);
});
