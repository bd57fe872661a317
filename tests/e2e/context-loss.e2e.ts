/**
 * A lost WebGL context (a GPU reset, a phone's background tab) is lost for every canvas of the
 * map at once through WEBGL_lose_context, then given back: the map is drawn again, with the
 * same selection and camera, and the page says what is happening meanwhile.
 */
import type { Page } from '@playwright/test';
import { colouredPixels, expect, hookState, test, waitForAtlas } from './fixtures';

declare global {
  interface Window {
    __lost?: WEBGL_lose_context[];
  }
}

/** Loses the context of every WebGL canvas of the map; keeps the extensions to restore them. */
async function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const extensions: WEBGL_lose_context[] = [];
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.map canvas')) {
      // getContext of the kind already made returns that context; the other kind returns null.
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (extension) extensions.push(extension);
    }
    window.__lost = extensions;
    for (const extension of extensions) extension.loseContext();
    return extensions.length;
  });
}

async function restoreContexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const extension of window.__lost ?? []) extension.restoreContext();
  });
}

/**
 * Waits until the zoom's animation has ended: two reads of the camera 250 ms apart agree. A
 * fixed wait was too short on a loaded machine, and the camera compared after the loss was
 * then one caught mid-animation.
 */
async function cameraAtRest(page: Page): Promise<void> {
  let last: number | null = null;
  await expect
    .poll(
      async () => {
        const ratio = (await hookState(page)).cameraRatio;
        const resting = ratio !== null && ratio === last;
        last = ratio;
        return resting;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

test('after a lost WebGL context the map is drawn again, keeping selection and camera', async ({
  page,
}) => {
  await page.goto('./?author=martin-takac');
  await waitForAtlas(page);
  // The reader zooms in a little: the camera must survive as it is, not be re-centred.
  await page.getByRole('application', { name: 'Coauthor map' }).focus();
  await page.keyboard.press('-');
  await expect.poll(async () => (await hookState(page)).cameraRatio).toBeGreaterThan(0.5);
  await cameraAtRest(page);
  const before = await hookState(page);
  const drawn = await colouredPixels(page);
  expect(drawn).toBeGreaterThan(500);

  expect(await loseContexts(page)).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('status').filter({ hasText: 'drawn again' })).toBeVisible();
  // During the loss: the notice over a blank (or stale) map, never an error.
  const during = await colouredPixels(page);
  expect(during).toBeLessThan(drawn / 2);

  await restoreContexts(page);
  await expect(page.getByRole('status').filter({ hasText: 'drawn again' })).toBeHidden();
  await expect.poll(() => colouredPixels(page)).toBeGreaterThan(drawn * 0.8);
  const after = await hookState(page);
  expect(after.mapDrawn).toBe(true);
  expect(after.selected).toBe(before.selected);
  expect(after.focused).toBe(before.focused);
  expect(after.cameraRatio).toBeCloseTo(before.cameraRatio!, 5);

  // The new renderer takes clicks like the first: another author from the map.
  const other = (await page.evaluate(() => window.__coauthorAtlas!.visibleAuthorIds())).find(
    (id) => id !== before.selected,
  )!;
  await page.keyboard.press('Escape');
  const point = await page.evaluate((id) => window.__coauthorAtlas!.nodeClickPoint(id), other);
  if (point) {
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await hookState(page)).selected).toBe(other);
  }
});
