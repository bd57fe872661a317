/**
 * `npm run bench`: every performance figure of issue 5 in one table (printed, and written as
 * JSON to bench-results/bench.json), medians over several runs, with the machine noted.
 *
 *   npm run bench                    # S, M and L; takes several minutes
 *   npm run bench -- --quick         # S and M only, fewer runs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBuild, type BuildFigures } from './build';
import { measureBundle, type BundleFigures } from './bundle';
import { benchIdentity, type IdentityFigures } from './identity';
import { benchClient, type ClientFigures } from './client';
import type { SizeName } from './datasets';
import { benchLouvain, type LouvainFigures } from './louvain';
import { formatReport } from './report';
import { benchStability, type StabilityFigures } from './stability';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');

export interface BenchReport {
  date: string;
  machine: {
    cpus: string;
    cores: number;
    memoryGiB: number;
    node: string;
    platform: string;
    chromium: string;
  };
  build: BuildFigures[];
  client: ClientFigures[];
  louvain: (LouvainFigures & { size: string })[];
  bundle: BundleFigures;
  /** Person resolution against a truth (issue 11). */
  identity?: IdentityFigures[];
  /** Rebuilds that keep the picture (issue 14). */
  stability?: StabilityFigures[];
}

async function main(): Promise<void> {
  const sizes: SizeName[] = quick ? ['S', 'M'] : ['S', 'M', 'L'];
  const buildRuns: Record<SizeName, number> = { S: 5, M: 3, L: quick ? 1 : 3 };
  const build: BuildFigures[] = [];
  for (const size of sizes) {
    console.error(`build step, ${size}`);
    build.push(benchBuild(root, size, buildRuns[size]));
  }
  const graphs = build.filter((b) => b.size !== 'L');

  console.error('Louvain against networkx');
  const louvain = graphs.map((b) => ({
    size: b.size,
    ...benchLouvain(root, b.graphFile, quick ? 2 : 3),
  }));

  console.error('client in headless chromium');
  // L in the page too (issue 16): one run, it is slow in software WebGL.
  const client = await benchClient(
    root,
    build.map((b) => ({
      size: b.size,
      file: b.graphFile,
      runs: b.size === 'L' ? 1 : quick ? 2 : 3,
    })),
  );
  const bundle = measureBundle(path.join(root, 'bench-results', 'site', 'app'));

  console.error('identity: real set and generated listings against their truth');
  const identity = benchIdentity();

  console.error('stability: warm and cold rebuilds after papers arrive or go');
  const stability = benchStability(root, ['S', 'M']);

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      chromium: '/usr/bin/chromium (headless, software WebGL)',
    },
    build,
    client,
    louvain,
    bundle,
    identity,
    stability,
  };
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench-results', 'bench.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  console.log(formatReport(report));
  console.error('\nwritten to bench-results/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
