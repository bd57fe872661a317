/**
 * The benchmark table: markdown, so the README's Performance section can show it as printed.
 * Each target of issue 5 is checked next to its figure (✓ met, ✗ missed).
 */
import type { IdentityFigures } from './identity';
import { PRECISION_TARGET, RECALL_TARGET } from './identityScore';
import type { BenchReport } from './run';
import type { StabilityFigures } from './stability';
import { MEDIAN_TARGET, P90_TARGET } from './stabilityRuns';

const s = (ms: number): string =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;
const kb = (bytes: number): string =>
  bytes >= 10 * 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
const pct = (share: number | undefined): string => `${Math.round((share ?? 0) * 100)}%`;
const check = (ok: boolean): string => (ok ? '✓' : '✗');

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Issue 5's targets for S and M; issue 16's for L (100,000 papers in 10 s within 1 GiB). */
const BUILD_TARGET_MS: Record<string, number> = { S: 1000, M: 10_000, L: 10_000 };
const L_MEMORY_TARGET_MB = 1024;

export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [];
  out.push(
    `Machine: ${m.cpus}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.chromium}; ${report.date.slice(0, 10)}`,
  );

  out.push("\n**Build step** (`npm run graph`, medians; stage shares of the build's own time)\n");
  out.push(
    table(
      [
        'size',
        'entries',
        'papers',
        'authors',
        'wall',
        'target',
        'peak RSS',
        'per entry',
        'parse',
        'papers',
        'people',
        'graph',
        'layout',
        'write',
        'file',
        'gzip',
        'gzip / paper',
      ],
      report.build.map((b) => {
        const target = BUILD_TARGET_MS[b.size] ?? Infinity;
        const memoryOk = b.size !== 'L' || b.peakRssMB <= L_MEMORY_TARGET_MB;
        const sh = b.stageShare;
        return [
          b.size,
          String(b.entries),
          String(b.papers),
          String(b.authors),
          `${s(b.wallMs)}${b.npmWallMs !== undefined ? ` (npm run: ${s(b.npmWallMs)})` : ''}`,
          `< ${s(target)} ${check((b.npmWallMs ?? b.wallMs) < target)}`,
          `${Math.round(b.peakRssMB)} MB${b.size === 'L' ? ` (≤ 1 GiB ${check(memoryOk)})` : ''}`,
          `${(b.msPerEntry * 1000).toFixed(0)} µs`,
          pct((sh['read'] ?? 0) + (sh['parse'] ?? 0)),
          pct(sh['resolve papers']),
          pct(sh['resolve people']),
          pct((sh['build graph'] ?? 0) + (sh['report'] ?? 0)),
          pct(sh['layout']),
          pct(sh['write']),
          kb(b.fileBytes),
          kb(b.gzipBytes),
          `${(b.gzipBytes / b.papers).toFixed(0)} B`,
        ];
      }),
    ),
  );
  const M = report.build.find((b) => b.size === 'M');
  const L = report.build.find((b) => b.size === 'L');
  if (M && L)
    out.push(
      `\ntime(L) / time(M) = ${(L.wallMs / M.wallMs).toFixed(1)} (target < 12 ${check(L.wallMs / M.wallMs < 12)})`,
    );

  out.push('\n**Client** (headless chromium, software WebGL; medians)\n');
  out.push(
    table(
      [
        'size',
        'authors',
        'links',
        'first frame',
        'bare Sigma',
        'ours / bare',
        'interactive',
        'click → panel',
        'Louvain',
        'clusters shown',
        'frame median',
        'frame p95',
        'bare frame median / p95',
        'frames sampled (ours / bare)',
        'bytes before first frame (gzip)',
      ],
      report.client.map((c) => {
        // L's is issue 16's target for a department's map.
        const frameTarget = c.size === 'S' ? 1000 : c.size === 'M' ? 3000 : 20_000;
        const gzip = c.gzipBeforeFrame ?? 0;
        return [
          c.size,
          String(c.authors),
          String(c.links),
          `${s(c.firstFrameMs)} (< ${s(frameTarget)} ${check(c.firstFrameMs < frameTarget)})`,
          s(c.bareFirstFrameMs),
          `${c.firstFrameRatio.toFixed(2)} (≤ 1.3 ${check(c.firstFrameRatio <= 1.3)})`,
          s(c.interactiveMs),
          `${s(c.clickMs)}${c.size === 'M' ? ` (< 100 ms ${check(c.clickMs < 100)})` : c.size === 'L' ? ` (≤ 1 s ${check(c.clickMs <= 1000)})` : ''}`,
          s(c.louvainMs),
          s(c.clustersMs),
          s(c.frameMedianMs),
          `${s(c.frameP95Ms)}${c.size === 'M' ? ` (< 50 ms ${check(c.frameP95Ms < 50)})` : ''}`,
          `${s(c.bareFrameMedianMs)} / ${s(c.bareFrameP95Ms)}`,
          `${c.frameCount ?? '–'} / ${c.bareFrameCount ?? '–'}`,
          `${kb(c.bytesBeforeFrame ?? 0)} (${kb(gzip)}${c.size === 'L' ? ` ≤ 15 MB ${check(gzip <= 15 * 2 ** 20)}` : ''})`,
        ];
      }),
    ),
  );

  out.push(
    '\n**Louvain** (ours: graphology-communities-louvain as the client runs it; networkx `louvain_communities`; modularity by networkx for both)\n',
  );
  out.push(
    table(
      [
        'size',
        'nodes',
        'links',
        'ours',
        'networkx',
        'time ratio',
        'modularity ours',
        'networkx',
        'ratio (≥ 0.98)',
      ],
      report.louvain.map((l) => [
        l.size,
        String(l.nodes),
        String(l.edges),
        s(l.oursMs),
        s(l.networkxMs),
        `${l.timeRatio.toFixed(2)} ${check(l.timeRatio < 1)}`,
        l.oursModularity.toFixed(4),
        l.networkxModularity.toFixed(4),
        `${l.modularityRatio.toFixed(3)} ${check(l.modularityRatio >= 0.98)}`,
      ]),
    ),
  );

  const b = report.bundle;
  out.push('\n**JavaScript** (`vite build`)\n');
  out.push(
    table(
      ['', 'raw', 'gzip'],
      [
        [
          'initial (before the first frame)',
          kb(b.initialBytes),
          `${kb(b.initialGzip)} (< 150 KB ${check(b.initialGzip < 150 * 1024)})`,
        ],
        [
          'lazy (KaTeX when a text has math, the Louvain worker on large graphs)',
          kb(b.lazyBytes),
          kb(b.lazyGzip),
        ],
      ],
    ),
  );
  if (report.identity) out.push(`\n${formatIdentity(report.identity)}`);
  if (report.stability) out.push(`\n${formatStability(report.stability)}`);
  return out.join('\n');
}

const f3 = (x: number): string => x.toFixed(3);
const p = (x: number): string => `${f3(x)} ${check(x >= PRECISION_TARGET)}`;
const r = (x: number): string => `${f3(x)} ${check(x >= RECALL_TARGET)}`;

/** The Identity table (issue 11): person resolution against a truth; targets P ≥ 0.995, R ≥ 0.99. */
export function formatIdentity(figures: readonly IdentityFigures[]): string {
  const out: string[] = [];
  out.push(
    `**Identity** (person resolution against a truth; precision ≥ ${PRECISION_TARGET}, recall ≥ ${RECALL_TARGET}, self-links 0)\n`,
  );
  out.push(
    table(
      [
        'set',
        'entries',
        'mentions',
        'spellings',
        'people',
        'pairwise P',
        'pairwise R',
        'B³ P',
        'B³ R',
        'coauthor P',
        'coauthor R',
        'self-links',
        'predicted from',
      ],
      figures.map((x) => [
        x.set,
        String(x.entries),
        `${x.score.mentions}${x.unscored > 0 ? ` (+${x.unscored} unscored)` : ''}`,
        String(x.score.spellings),
        String(x.score.people),
        p(x.score.pairwise.precision),
        r(x.score.pairwise.recall),
        p(x.score.bcubed.precision),
        r(x.score.bcubed.recall),
        p(x.score.coauthor.precision),
        r(x.score.coauthor.recall),
        `${x.score.selfLinks} ${check(x.score.selfLinks === 0)}${x.score.repeatedInEntry > 0 ? ` (${x.score.repeatedInEntry} bylines name one person twice)` : ''}`,
        x.predictedFrom,
      ]),
    ),
  );
  return out.join('\n');
}

const share = (x: number): string => `${(x * 100).toFixed(2)}%`;

/**
 * The Stability table (issue 14): displacement of the people in both builds, as a share of the
 * previous map's bounding-box diagonal; targets after one new paper: median ≤ 1%, p90 ≤ 3%.
 */
export function formatStability(figures: readonly StabilityFigures[]): string {
  const out: string[] = [];
  out.push(
    `**Stability** (rebuilds; displacement of people in both builds, % of the map's bounding-box diagonal; layout: the stage alone, with reading and comparing the previous file; one new paper: median ≤ ${share(MEDIAN_TARGET)}, p90 ≤ ${share(P90_TARGET)})\n`,
  );
  out.push(
    table(
      [
        'size',
        'change',
        'people kept',
        'warm median',
        'warm p90',
        'warm max',
        'cold median',
        'cold p90',
        'cold aligned median / p90',
        'build warm / cold',
        'layout warm / cold',
      ],
      figures.map((f) => {
        const target = f.scenario === 'add one paper';
        return [
          f.size,
          f.scenario,
          String(f.shared),
          `${share(f.warm.median)}${target ? ` ${check(f.warm.median <= MEDIAN_TARGET)}` : ''}`,
          `${share(f.warm.p90)}${target ? ` ${check(f.warm.p90 <= P90_TARGET)}` : ''}`,
          share(f.warm.max),
          share(f.cold.median),
          share(f.cold.p90),
          `${share(f.coldAligned.median)} / ${share(f.coldAligned.p90)}`,
          `${s(f.warmMs)} / ${s(f.coldMs)}`,
          `${s(f.warmLayoutMs)} / ${s(f.coldLayoutMs)}`,
        ];
      }),
    ),
  );
  return out.join('\n');
}
