/**
 * The benchmark inputs: S is the seed listings themselves; M and L are synthetic listings
 * (npm run synth), generated once into bench-results/data and reused while the generator's
 * output for that size and seed exists.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SYNTH_SIZES, generateListings } from '../../src/synth';

export type SizeName = 'S' | keyof typeof SYNTH_SIZES;
export const SIZES: readonly SizeName[] = ['S', 'M', 'L'];
export const SYNTH_SEED = 1;

export function datasetDir(root: string, size: SizeName): string {
  if (size === 'S') return path.join(root, 'seeds');
  const dir = path.join(root, 'bench-results', 'data', `${size}-seed${SYNTH_SEED}`);
  if (!existsSync(path.join(dir, 'truth.json'))) {
    console.error(`generating ${size} listings (${SYNTH_SIZES[size]} papers) into ${dir} …`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { files, truth } = generateListings({ papers: SYNTH_SIZES[size], seed: SYNTH_SEED });
    for (const file of files) writeFileSync(path.join(dir, file.name), file.text);
    writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth));
  }
  return dir;
}
