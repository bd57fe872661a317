/**
 * `npm run synth -- (--size M|L | --papers N) [--seed N] --out DIR`: writes synthetic
 * listings and `truth.json` (which entries are which paper, which spellings which person).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SYNTH_SIZES, generateListings, type SynthSize } from './index';

function parse(argv: string[]): { papers: number; seed: number; out: string } {
  let papers: number | undefined;
  let seed = 1;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (arg === '--size') {
      if (!(value in SYNTH_SIZES))
        throw new Error(`--size is one of ${Object.keys(SYNTH_SIZES).join(', ')}`);
      papers = SYNTH_SIZES[value as SynthSize];
    } else if (arg === '--papers') papers = Number(value);
    else if (arg === '--seed') seed = Number(value);
    else if (arg === '--out') out = value;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!papers || !Number.isInteger(papers) || papers < 1 || !out)
    throw new Error('usage: npm run synth -- (--size M|L | --papers N) [--seed N] --out DIR');
  return { papers, seed, out };
}

try {
  const { papers, seed, out } = parse(process.argv.slice(2));
  const { files, truth } = generateListings({ papers, seed });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(path.join(out, file.name), file.text);
  writeFileSync(path.join(out, 'truth.json'), JSON.stringify(truth));
  const entries =
    truth.papers.reduce((n, p) => n + p.sources.length, 0) +
    truth.unmatched.reduce((n, u) => n + u.sources.length, 0);
  console.log(
    `${files.length} listing files, ${papers} papers, ${entries} entries, ${truth.people.length} people → ${out}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
