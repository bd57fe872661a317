/**
 * Build-step benchmark: wall time and peak memory of whole builds (each in a fresh process
 * with the same Node flags as `npm run graph`), time per entry, stage shares, file size.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { datasetDir, type SizeName } from './datasets';
import { median } from './stats';

import { STAGES } from '../../src/ingest/stages';

export { STAGES };

export interface BuildFigures {
  size: SizeName;
  runs: number;
  entries: number;
  papers: number;
  authors: number;
  collaborations: number;
  /** Median wall time of the whole command (process start to exit), ms. */
  wallMs: number;
  /** Median of `npm run graph` for the same input, ms (S only: npm's own start-up shows there). */
  npmWallMs?: number;
  peakRssMB: number;
  msPerEntry: number;
  /** Median share of each stage in the build's own time. */
  stageShare: Record<string, number>;
  fileBytes: number;
  gzipBytes: number;
  /** The graph file written by the last run (the client benchmark loads it). */
  graphFile: string;
}

/** The Node flags of the `graph` npm script, so the benchmark measures what users run. */
export function graphNodeFlags(root: string): string[] {
  const script =
    (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts['graph'] ?? '';
  const words = script.split(/\s+/);
  const start = words.indexOf('node') + 1;
  const end = words.indexOf('src/ingest/main.ts');
  return start > 0 && end > start ? words.slice(start, end) : ['--import', 'tsx'];
}

export function benchBuild(root: string, size: SizeName, runs: number): BuildFigures {
  const input = datasetDir(root, size);
  const out = path.join(mkdtempSync(path.join(tmpdir(), `atlas-bench-${size}-`)), 'graph.json');
  const flags = graphNodeFlags(root);
  const samples: { wall: number; stats: RunStats }[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [...flags, path.join(root, 'tests/bench/buildOnce.ts'), input, out],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    );
    const wall = performance.now() - started;
    if (child.status !== 0) throw new Error(`build of ${size} failed: ${child.stderr}`);
    samples.push({
      wall,
      stats: JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as RunStats,
    });
    console.error(
      `  build ${size} run ${run + 1}/${runs}: ${(wall / 1000).toFixed(2)} s, ${Math.round(samples.at(-1)!.stats.maxRssKB / 1024)} MB`,
    );
  }
  let npmWallMs: number | undefined;
  if (size === 'S') {
    const walls: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const child = spawnSync(
        'npm',
        ['run', '--silent', 'graph', '--', input, '--out', out, '--quiet'],
        { cwd: root, encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`npm run graph failed: ${child.stderr}`);
      walls.push(performance.now() - started);
    }
    npmWallMs = median(walls);
  }

  const last = samples.at(-1)!.stats;
  const stageShare: Record<string, number> = {};
  for (const stage of STAGES) {
    stageShare[stage] = median(
      samples.map(
        ({ stats }) =>
          (stats.stages[stage] ?? 0) / Object.values(stats.stages).reduce((a, b) => a + b, 0),
      ),
    );
  }
  const file = readFileSync(out);
  const wallMs = median(samples.map((s) => s.wall));
  return {
    size,
    runs,
    entries: last.entries,
    papers: last.papers,
    authors: last.authors,
    collaborations: last.collaborations,
    wallMs,
    ...(npmWallMs !== undefined ? { npmWallMs } : {}),
    peakRssMB: median(samples.map((s) => s.stats.maxRssKB / 1024)),
    msPerEntry: wallMs / last.entries,
    stageShare,
    fileBytes: file.length,
    gzipBytes: gzipSync(file).length,
    graphFile: out,
  };
}

interface RunStats {
  stages: Record<string, number>;
  bytes: number;
  maxRssKB: number;
  entries: number;
  papers: number;
  authors: number;
  collaborations: number;
}
