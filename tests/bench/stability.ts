/**
 * Rebuilds that keep the picture (issue 14): how far the people already on the map move when
 * papers arrive or go, for a warm rebuild (from the previous graph file) and a cold one (as
 * every build before it), with the build time of each. On the seeds (S) and the generated M
 * listings; `npm run bench` prints this table with the others,
 *
 *   npm run bench:stability            # S and M, about a minute
 *   npm run bench:stability -- --quick # S only
 *
 * prints only it. Displacement is a share of the previous map's bounding-box diagonal.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetDir, type SizeName } from './datasets';
import { formatStability } from './report';
import { runScenarios, type ScenarioFigures } from './stabilityRuns';

export interface StabilityFigures extends ScenarioFigures {
  size: SizeName;
  authors: number;
}

export function benchStability(root: string, sizes: readonly SizeName[]): StabilityFigures[] {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-stability-'));
  return sizes.flatMap((size) => {
    console.error(`stability, ${size}`);
    const inputs = size === 'S' ? ['seeds'] : [path.relative(root, datasetDir(root, size))];
    return runScenarios(root, inputs, path.join(scratch, size)).map((f) => ({
      size,
      authors: f.shared,
      ...f,
    }));
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const sizes: SizeName[] = process.argv.includes('--quick') ? ['S'] : ['S', 'M'];
  console.log(formatStability(benchStability(root, sizes)));
}
