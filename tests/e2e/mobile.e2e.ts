import { devices } from '@playwright/test';
import {
  expect,
  graph,
  hookState,
  owner,
  papersOf,
  SCREENSHOTS,
  test,
  waitForAtlas,
} from './fixtures';

test.use({
  ...devices['Pixel 7'],
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
});

test('on a phone, a tap selects an author and the details are a bottom sheet', async ({ page }) => {
  await page.goto('./');
  await waitForAtlas(page);
  await page.screenshot({ path: `${SCREENSHOTS}/mobile-map.png` });

  // A small node, tapped beside its rim (fingers miss): the tap radius must still catch it.
  const positions = await page.evaluate(
    (ids) => ids.map((id) => ({ id, p: window.__coauthorAtlas!.nodeViewportPosition(id) })),
    graph.authors.map((a) => a.id),
  );
  const onScreen = positions.filter((x) => x.p !== null) as {
    id: string;
    p: { x: number; y: number; radius: number };
  }[];
  const GAP = 8;
  const tapPoint = (p: { x: number; y: number; radius: number }) => ({
    x: p.x + p.radius + GAP,
    y: p.y,
  });
  // A small node whose tap point (beside its rim) is clearly nearer to it than to any other.
  const isolated = onScreen.find(({ id, p }) => {
    if (id === owner || p.radius > 8 || p.y < 150 || p.y > 780 || p.x > 360) return false;
    const t = tapPoint(p);
    return onScreen.every(
      (o) => o.id === id || Math.hypot(o.p.x - t.x, o.p.y - t.y) - o.p.radius > GAP + 6,
    );
  });
  expect(isolated, 'a small node with room around it').toBeDefined();
  const { id, p } = isolated!;
  const t = tapPoint(p);
  await page.touchscreen.tap(t.x, t.y);

  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    graph.authors.find((a) => a.id === id)!.name,
  );
  expect((await hookState(page)).selected).toBe(id);
  await expect(details.locator('li[data-paper-id]')).toHaveCount(papersOf(id).length);

  // The panel is a sheet along the bottom edge, full width, leaving the map visible above.
  const sheet = (await page.locator('.panels').boundingBox())!;
  expect(sheet.width).toBeGreaterThanOrEqual(389);
  expect(Math.round(sheet.y + sheet.height)).toBeGreaterThanOrEqual(843);
  expect(sheet.height).toBeLessThan(844 * 0.7);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SCREENSHOTS}/mobile-selection.png` });

  // The filters live in a drawer.
  const drawer = page.getByRole('complementary', { name: 'Filters and communities' });
  await expect(drawer).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).tap();
  await expect(drawer).toBeVisible();
});
