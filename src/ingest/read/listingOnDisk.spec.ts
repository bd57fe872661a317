/**
 * The read stage sets listings aside without their texts (`ListingOnDisk`); the parse stage
 * reads each again. What it reads must be what was checked, or the build stops and says which.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/parseSource';
import { InputError, readInputs } from './readInputs';

const BIB =
  '@article{a, title = {One}, author = {Ada Lovelace and Charles Babbage}, year = 1843}\n';

function folderWith(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-on-disk-'));
  writeFileSync(path.join(dir, 'papers.bib'), text);
  return dir;
}

describe('a listing left on disk by the read stage', () => {
  it('holds no text until it is parsed, then parses as the text itself would', () => {
    const dir = folderWith(BIB);
    const [source] = readInputs(['.'], dir).sources;
    expect(source).not.toHaveProperty('text');
    expect(parseSource(source!).listing?.entries.map((e) => e.authors)).toEqual(
      parseSource({ file: 'papers.bib', text: BIB }).listing?.entries.map((e) => e.authors),
    );
  });

  it('stops the build, naming the file, when it changed or went away after it was read', () => {
    const dir = folderWith(BIB);
    const [source] = readInputs(['.'], dir).sources;
    writeFileSync(path.join(dir, 'papers.bib'), BIB.replace('One', 'Two'));
    expect(() => source!.readText()).toThrow(InputError);
    expect(() => source!.readText()).toThrow(
      /^papers\.bib: changed while the build was reading it/,
    );
    rmSync(path.join(dir, 'papers.bib'));
    expect(() => source!.readText()).toThrow(/^papers\.bib: cannot read the file again/);
  });
});
