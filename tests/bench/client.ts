/**
 * Client benchmark in headless chromium: first drawn frame, time to interactive and click
 * latency, Louvain time, frame time while panning and zooming, and the first frame of a bare
 * Sigma page drawing the same graph.
 *
 * "First drawn frame" is the first WebGL draw call (an init script wraps the draw methods),
 * timed from navigation start; the same probe runs on both pages, so the ratio is fair.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expandBylines, type DetailsInfo } from '../../src/model/split';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { closePage, freshPage, measureBare, type BareFigures } from './benchPages';
import type { GraphFile } from '../../src/model/types';
import { median, quantile } from './stats';
import { startStaticServer } from '../e2e/support/staticServer';
import { panAndZoom } from './panFrames';

export interface ClientFigures {
  size: string;
  runs: number;
  authors: number;
  links: number;
  firstFrameMs: number;
  bareFirstFrameMs: number;
  /** ours / bare: 1.3 is the target. */
  firstFrameRatio: number;
  /** Navigation to the details panel on screen, clicking as soon as the map is drawn. */
  interactiveMs: number;
  /** Click to the details panel on screen. */
  clickMs: number;
  louvainMs: number;
  /** Navigation to communities shown. */
  clustersMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  /** The same pan and zoom on the bare Sigma page. */
  bareFrameMedianMs: number;
  bareFrameP95Ms: number;
  /** Frames sampled during the pan and zoom (fewer at large sizes: it stops at a time budget). */
  frameCount?: number;
  bareFrameCount?: number;
  /** Files the page fetched before its first frame (the main graph file, the app), raw and gzip. */
  bytesBeforeFrame?: number;
  gzipBeforeFrame?: number;
}

export async function benchClient(
  root: string,
  graphs: { size: string; file: string; runs: number }[],
): Promise<ClientFigures[]> {
  const site = path.join(root, 'bench-results', 'site');
  mkdirSync(path.join(site, 'graphs'), { recursive: true });
  console.error('  building the app and the bare Sigma page …');
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', path.join(site, 'app'), '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/vite.bare.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  // Each graph in its own folder with its detail files (a split graph names them beside it).
  const graphUrl = (size: string) => `../graphs/${size}/graph.json`;
  for (const graph of graphs) {
    const dir = path.join(site, 'graphs', graph.size);
    mkdirSync(dir, { recursive: true });
    copyFileSync(graph.file, path.join(dir, 'graph.json'));
    const main = JSON.parse(readFileSync(graph.file, 'utf8')) as { details?: DetailsInfo };
    for (const name of main.details?.files ?? [])
      copyFileSync(path.join(path.dirname(graph.file), name), path.join(dir, name));
  }
  const gzipOf = new Map<string, [number, number]>();
  const sizesOf = (urls: readonly string[]): [number, number] => {
    let raw = 0;
    let gzip = 0;
    for (const url of urls) {
      const local = path.join(site, decodeURIComponent(new URL(url).pathname));
      if (!existsSync(local)) continue;
      let sizes = gzipOf.get(local);
      if (!sizes) {
        const bytes = readFileSync(local);
        gzipOf.set(local, (sizes = [bytes.length, gzipSync(bytes).length]));
      }
      raw += sizes[0];
      gzip += sizes[1];
    }
    return [raw, gzip];
  };

  const server = await startStaticServer({ folder: site });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const results: ClientFigures[] = [];
    for (const graph of graphs) {
      const data = JSON.parse(readFileSync(graph.file, 'utf8')) as GraphFile & {
        details?: unknown;
      };
      if (data.details) expandBylines(data as unknown as Record<string, unknown>);
      // The most prolific authors first: the first one a click can reach (at L many overlap).
      const target = data.authors
        .filter((a) => !a.owner)
        .slice(0, 200)
        .map((a) => a.id);
      const runs: RunFigures[] = [];
      const bare: BareFigures[] = [];
      for (let run = 0; run < graph.runs; run++) {
        runs.push(
          await measureApp(
            browser,
            `${server.origin}/app/index.html?data=${graphUrl(graph.size)}`,
            target,
          ),
        );
        bare.push(
          await measureBare(
            browser,
            `${server.origin}/bare/index.html?data=${graphUrl(graph.size)}`,
            runs.at(-1)!.links,
          ),
        );
        console.error(
          `  client ${graph.size} run ${run + 1}/${graph.runs}: first frame ${runs.at(-1)!.firstFrame.toFixed(0)} ms (bare ${bare.at(-1)!.firstFrame.toFixed(0)} ms)`,
        );
      }
      const firstFrameMs = median(runs.map((r) => r.firstFrame));
      const bareFirstFrameMs = median(bare.map((b) => b.firstFrame));
      results.push({
        size: graph.size,
        runs: graph.runs,
        authors: runs[0]!.authors,
        links: runs[0]!.links,
        firstFrameMs,
        bareFirstFrameMs,
        firstFrameRatio: firstFrameMs / bareFirstFrameMs,
        interactiveMs: median(runs.map((r) => r.interactive)),
        clickMs: median(runs.map((r) => r.click)),
        louvainMs: median(runs.map((r) => r.louvain)),
        clustersMs: median(runs.map((r) => r.clusters)),
        frameMedianMs: median(runs.map((r) => r.frameMedian)),
        frameP95Ms: median(runs.map((r) => r.frameP95)),
        bareFrameMedianMs: median(bare.map((b) => b.frameMedian)),
        bareFrameP95Ms: median(bare.map((b) => b.frameP95)),
        frameCount: median(runs.map((r) => r.frameCount)),
        bareFrameCount: median(bare.map((b) => b.frameCount)),
        ...(() => {
          const [raw, gzip] = sizesOf(runs[0]!.beforeFrame);
          return { bytesBeforeFrame: raw, gzipBeforeFrame: gzip };
        })(),
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

interface RunFigures {
  firstFrame: number;
  interactive: number;
  click: number;
  louvain: number;
  clusters: number;
  frameMedian: number;
  frameP95: number;
  frameCount: number;
  authors: number;
  links: number;
  /** Addresses requested before the first frame. */
  beforeFrame: string[];
}

interface HookState {
  communities: number | null;
  clustering: boolean;
  visibleAuthors: number;
  visibleLinks: number;
}

async function measureApp(
  browser: Browser,
  url: string,
  candidates: readonly string[],
): Promise<RunFigures> {
  const page = await freshPage(browser);
  const requested: string[] = [];
  let drawn = false;
  page.on('request', (request) => {
    if (!drawn) requested.push(request.url());
  });
  await page.goto(url);
  const firstFrame = (await (
    await page.waitForFunction(() => (window as { __firstDraw?: number }).__firstDraw, undefined, {
      timeout: 300_000,
    })
  ).jsonValue()) as number;
  drawn = true;

  // Click as soon as the map is drawn: how soon does the page answer?
  console.error(`  first frame at ${firstFrame.toFixed(0)} ms; waiting for the page to answer`);
  await page.waitForFunction(
    () => 'nodeClickPoint' in ((window as { __coauthorAtlas?: object }).__coauthorAtlas ?? {}),
    undefined,
    { timeout: 300_000 },
  );
  const point = await page.evaluate((ids) => {
    const hook = (
      window as unknown as {
        __coauthorAtlas: { nodeClickPoint(id: string): { x: number; y: number } | null };
      }
    ).__coauthorAtlas;
    for (const id of ids) {
      const at = hook.nodeClickPoint(id);
      if (at) return at;
    }
    return null;
  }, candidates);
  if (!point) throw new Error(`none of ${candidates.length} prolific authors is clickable`);
  await page.evaluate(() => {
    const w = window as unknown as { __panel: Promise<{ click: number; shown: number }> };
    w.__panel = new Promise((resolve) => {
      window.addEventListener(
        'pointerdown',
        () => {
          const click = performance.now();
          const done = (): void => {
            requestAnimationFrame(() => resolve({ click, shown: performance.now() }));
          };
          // The author panel with its papers listed (long lists fill in a frame later).
          const panel = (): Element | null =>
            document.querySelector(
              'section[aria-label="Author details"]:not([hidden]) li[data-paper-id]',
            );
          if (panel()) return done();
          const observer = new MutationObserver(() => {
            if (!panel()) return;
            observer.disconnect();
            done();
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        },
        { capture: true, once: true },
      );
    });
  });
  await page.mouse.click(point.x, point.y);
  const panel = await page.evaluate(
    () => (window as unknown as { __panel: Promise<{ click: number; shown: number }> }).__panel,
  );

  const state = await page.waitForFunction(
    () => {
      const hook = (window as unknown as { __coauthorAtlas?: { state(): HookState } })
        .__coauthorAtlas;
      const s = hook?.state();
      return s && s.communities !== null && !s.clustering ? { ...s, at: performance.now() } : null;
    },
    undefined,
    { timeout: 600_000, polling: 'raf' },
  );
  const clustered = (await state.jsonValue()) as HookState & { at: number };
  const louvain = await page.evaluate(() =>
    performance.getEntriesByName('coauthor-atlas:louvain').reduce((sum, e) => sum + e.duration, 0),
  );

  console.error(
    `  click → panel with papers ${(panel.shown - panel.click).toFixed(0)} ms; Louvain ${louvain.toFixed(0)} ms; clusters at ${clustered.at.toFixed(0)} ms; ${clustered.visibleLinks} links`,
  );
  // Close the panel, then pan and zoom like a reader while sampling frame intervals.
  await page.keyboard.press('Escape');
  const frames = await panAndZoom(page, clustered.visibleLinks);
  await closePage(page);
  return {
    firstFrame,
    interactive: panel.shown,
    click: panel.shown - panel.click,
    louvain,
    clusters: clustered.at,
    frameMedian: median(frames),
    frameP95: quantile(frames, 0.95),
    frameCount: frames.length,
    authors: clustered.visibleAuthors,
    links: clustered.visibleLinks,
    beforeFrame: requested,
  };
}
