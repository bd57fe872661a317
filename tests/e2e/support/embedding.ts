/**
 * Helpers for the embedding tests: host pages, the map inside an iframe (through the test
 * hook of the framed page) and inside `<coauthor-atlas>` (through its shadow DOM and events).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { HookState } from '../fixtures';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const SINGLE_FILE = fileURLToPath(
  new URL('../../../dist-single/coauthor-atlas.html', import.meta.url),
);
/** The app as `npm run build` + `vite preview` serve it (playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${process.env['ATLAS_E2E_PORT'] ?? 4173}`;

/** A minimal host page around `body` (host pages may use inline scripts: they are not ours). */
export function hostPage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lab page</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
}

/** Waits until the framed map is drawn and clustered. */
export async function waitForFramedAtlas(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => {
    const state = window.__coauthorAtlas?.state();
    return state !== undefined && state.communities !== null && !state.clustering;
  });
}

export async function framedState(frame: Frame): Promise<HookState> {
  return frame.evaluate(() => window.__coauthorAtlas!.state());
}

/**
 * Strongly coloured pixels in a screenshot of `target`: community colours come only from
 * sigma's WebGL layers, so a count well above zero proves the map was drawn there.
 */
export async function colouredPixelsIn(page: Page, target: Locator): Promise<number> {
  const png = await target.screenshot();
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

/** Fails with the missing build's name instead of a confusing timeout. */
export function expectBuilt(path: string, command: string): void {
  expect(existsSync(path), `${path} is missing: run ${command}`).toBe(true);
}
