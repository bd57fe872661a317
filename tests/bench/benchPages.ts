/**
 * The pages of the client benchmark: a fresh browser context with the first-draw probe, its
 * closing (with time for software WebGL to settle), and the bare Sigma page's measurement.
 */
import type { Browser, Page } from '@playwright/test';
import { median, quantile } from './stats';
import { panAndZoom } from './panFrames';

// tsx compiles functions passed to page.evaluate with esbuild's keepNames, which calls a
// \`__name\` helper that does not exist in the page: give it one.
const DRAW_PROBE = `globalThis.__name = (fn) => fn;
(() => {
  const protos = [globalThis.WebGL2RenderingContext, globalThis.WebGLRenderingContext].filter(Boolean).map((c) => c.prototype);
  for (const proto of protos) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
        return original.apply(this, args);
      };
    }
  }
})();`;

/**
 * Software WebGL keeps drawing a closed page's last frames (a second for M's 70k links) on the
 * same two cores: the next page waits this long so its timings are its own.
 */
const GPU_SETTLE_MS = 2500;

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
  await new Promise((resolve) => setTimeout(resolve, GPU_SETTLE_MS));
}

export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(DRAW_PROBE);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  page.on('crash', () => console.error('  page crashed'));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`  console: ${message.text()}`);
  });
  return page;
}

export interface BareFigures {
  firstFrame: number;
  frameMedian: number;
  frameP95: number;
  frameCount: number;
}

/** Time for the bare page's first frame to reach the screen before it is panned. */
const BARE_SETTLE_MS = 3000;

export async function measureBare(
  browser: Browser,
  url: string,
  links: number,
): Promise<BareFigures> {
  const page = await freshPage(browser);
  await page.goto(url);
  const firstDraw = await page.waitForFunction(
    () => (window as { __firstDraw?: number }).__firstDraw,
    undefined,
    { timeout: 300_000 },
  );
  const firstFrame = (await firstDraw.jsonValue()) as number;
  // The bare page has nothing to wait for (no clusters): give its first frame time to land.
  await page.waitForTimeout(BARE_SETTLE_MS);
  const frames = await panAndZoom(page, links);
  await closePage(page);
  return {
    firstFrame,
    frameMedian: median(frames),
    frameP95: quantile(frames, 0.95),
    frameCount: frames.length,
  };
}
