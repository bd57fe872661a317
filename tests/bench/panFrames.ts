/** Frame times while a reader pans and zooms, for the client benchmark (ours and bare Sigma alike). */
import type { Page } from '@playwright/test';

/**
 * The pan and zoom gesture: three sweeps of two drags and six wheel notches. Playwright waits
 * for the page to handle each pointer step, and on a department's map (713,018 links) a bare
 * Sigma frame takes seconds in software WebGL, so 180 small steps never finished: above
 * `LARGE_LINKS` the drags take fewer, larger steps, and every gesture stops at a wall-time
 * budget. The frames are measured in the page (requestAnimationFrame deltas), whatever the count.
 */
const LARGE_LINKS = 200_000;
const SMALL_PAN = { stepsPerDrag: 30, budgetMs: 60_000 };
const LARGE_PAN = { stepsPerDrag: 4, budgetMs: 30_000 };
/** Longest wait for the frame that is being drawn when the gesture ends. */
const LAST_FRAME_MS = 60_000;

export function panPlan(links: number): { stepsPerDrag: number; budgetMs: number } {
  return links > LARGE_LINKS ? LARGE_PAN : SMALL_PAN;
}

export async function panAndZoom(page: Page, links: number): Promise<number[]> {
  const plan = panPlan(links);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __sampling: boolean };
    w.__frames = [];
    w.__sampling = true;
    let last = performance.now();
    const tick = (now: number): void => {
      w.__frames.push(now - last);
      last = now;
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('canvas').first().boundingBox({ timeout: 300_000 }))!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const deadline = Date.now() + plan.budgetMs;
  const inTime = (): boolean => Date.now() < deadline;
  for (let sweep = 0; sweep < 3 && inTime(); sweep++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    let at = { x: cx, y: cy };
    for (const to of [
      { x: cx + 200, y: cy + 120 },
      { x: cx - 150, y: cy - 80 },
    ]) {
      // One step at a time (as Playwright's `steps` would), so the budget is checked between them.
      for (let step = 1; step <= plan.stepsPerDrag && inTime(); step++) {
        const t = step / plan.stepsPerDrag;
        await page.mouse.move(at.x + (to.x - at.x) * t, at.y + (to.y - at.y) * t);
      }
      at = to;
    }
    await page.mouse.up();
    for (let i = 0; i < 6 && inTime(); i++) await page.mouse.wheel(0, sweep % 2 === 0 ? -120 : 120);
  }
  // The frame under way when the gesture ended counts too: wait for the next one to start.
  const sampled = await page.evaluate(
    () => (window as unknown as { __frames: number[] }).__frames.length,
  );
  await page
    .waitForFunction(
      (n) => (window as unknown as { __frames: number[] }).__frames.length > n,
      sampled,
      { timeout: LAST_FRAME_MS },
    )
    .catch(() => undefined);
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __sampling: boolean };
    w.__sampling = false;
    return w.__frames.slice(1);
  });
}
