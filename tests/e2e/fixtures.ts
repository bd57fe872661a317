/**
 * Shared setup for the end-to-end tests: the real graph file (as built by `npm run build`, which
 * the web server runs first), expected values computed from it, a console-error guard, and
 * helpers around the app's test hook (`window.__coauthorAtlas`, see src/app/render/TestHook).
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Page } from '@playwright/test';
import type { GraphFile, PaperRecord } from '../../src/model/types';
import { compareNewestFirst } from '../../src/app/data/atlasData';

export const graph: GraphFile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public/graph.json', import.meta.url)), 'utf8'),
) as GraphFile;

export const SCREENSHOTS = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);
mkdirSync(SCREENSHOTS, { recursive: true });

export const authorById = new Map(graph.authors.map((a) => [a.id, a]));
export const owner = graph.owners[0]!;

/** Expected papers of an author, newest first, as the details panel must list them. */
export function papersOf(id: string): PaperRecord[] {
  return graph.papers.filter((p) => p.authors.includes(id)).sort(compareNewestFirst);
}

export function jointPapersOf(a: string, b: string): PaperRecord[] {
  return graph.papers
    .filter((p) => p.authors.includes(a) && p.authors.includes(b))
    .sort(compareNewestFirst);
}

export interface Point {
  x: number;
  y: number;
}

export interface HookState {
  selected: string | null;
  hovered: string | null;
  focused: number | null;
  /** A renderer is drawing (false without WebGL, or while a lost context waits). */
  mapDrawn: boolean;
  /** null when no renderer is drawing. */
  cameraRatio: number | null;
  pair: [string, string] | null;
  visibleAuthors: number;
  visibleLinks: number;
  communities: number | null;
  modularity: number | null;
  clustering: boolean;
  path: string[] | null;
  pathTarget: string | null;
  ego: number;
  year: number | null;
  colour: 'community' | 'roster';
  links: 'strongest' | 'all';
  linkFloor: number;
  newCollaborators: string[];
}

/** The hook's surface as the tests use it (kept in step with TestHook.svelte). */
interface Hook {
  state(): HookState;
  nodeViewportPosition(id: string): (Point & { radius: number }) | null;
  nodeClickPoint(id: string): Point | null;
  edgeClickPoint(a: string, b: string): Point | null;
  visibleAuthorIds(): string[];
  drawnLinkCount(): number;
}

declare global {
  interface Window {
    __coauthorAtlas?: Hook;
  }
}

/** Waits until the map is drawn and communities are computed. */
export async function waitForAtlas(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const state = window.__coauthorAtlas?.state();
    return state !== undefined && state.communities !== null && !state.clustering;
  });
}

export async function hookState(page: Page): Promise<HookState> {
  return page.evaluate(() => window.__coauthorAtlas!.state());
}

/**
 * The first of `pairs` whose link has a point clear of every node and other link, with that
 * point (page pixels); null when none has one.
 */
export async function firstClickableLink(
  page: Page,
  pairs: Iterable<[string, string]>,
): Promise<{ pair: [string, string]; point: Point } | null> {
  for (const pair of pairs) {
    const point = await page.evaluate(
      ([a, b]) => window.__coauthorAtlas!.edgeClickPoint(a, b),
      pair,
    );
    if (point) return { pair, point };
  }
  return null;
}

/** Paper ids listed in a list, in order. */
export async function listedPaperIds(
  page: Page,
  list: ReturnType<Page['locator']>,
): Promise<string[]> {
  return list
    .locator('li[data-paper-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-paper-id') ?? ''));
}

/**
 * Counts strongly coloured pixels of the map in a screenshot: community colours only come from
 * the WebGL layers (labels are neutral text), so this proves sigma drew nodes and links.
 */
export async function colouredPixels(page: Page): Promise<number> {
  const png = await page.locator('.map').screenshot();
  return page.evaluate(async (base64) => {
    // Decoded by hand: the page's Content-Security-Policy does not let it fetch data: URLs.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
    return count;
  }, png.toString('base64'));
}

/**
 * Every test fails on a console error or an uncaught exception in the page, except errors a
 * test declares with `test.use({ allowConsoleErrors: [...] })` (a deliberate 404, say).
 */
export const test = base.extend<{ consoleErrors: string[]; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter(
        (e) => !allowConsoleErrors.some((allowed) => allowed.test(e)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
