/**
 * A map past the large-map threshold (src/app/render/scaleSettings.ts): sigma's link picking
 * is off there, so a click on a link must be found by the page's own hit test, and links are
 * not drawn while the camera moves. The seed graph plus one consortium paper signed by 210
 * people (21,945 links among them, drawn in a small disc beside the seed map) crosses it.
 */
import type { Page } from '@playwright/test';
import type { GraphFile } from '../../src/model/types';
import { LARGE_MAP_LINKS } from '../../src/app/render/scaleSettings';
import { withConsortium } from './support/consortium';
import { startStaticServer, type StaticServer } from './support/staticServer';
import {
  expect,
  firstClickableLink,
  graph,
  hookState,
  jointPapersOf,
  owner,
  test,
  waitForAtlas,
} from './fixtures';

const CONSORTIUM = 210;

const largeGraph = (): GraphFile => withConsortium(graph, CONSORTIUM);

let lab: StaticServer;

test.beforeAll(async () => {
  lab = await startStaticServer({ cors: true });
  lab.pages.set('/large.json', JSON.stringify(largeGraph()));
});
test.afterAll(async () => {
  await lab.close();
});

async function openLargeMap(page: Page): Promise<void> {
  await page.goto(`./?data=${encodeURIComponent(`${lab.origin}/large.json`)}`);
  await waitForAtlas(page);
}

test('a click on a link opens its joint papers when sigma no longer picks links', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLargeMap(page);
  const state = await hookState(page);
  expect(state.visibleLinks).toBeGreaterThan(LARGE_MAP_LINKS);

  // Seed links between two coauthors (not the owner), until one has a clear point to click.
  const pairs = new Map<string, [string, string]>();
  for (const paper of graph.papers) {
    const others = paper.authors.filter((id) => id !== owner).sort();
    for (let i = 0; i < others.length; i++) {
      for (let j = i + 1; j < others.length; j++) {
        pairs.set(`${others[i]} ${others[j]}`, [others[i]!, others[j]!]);
      }
    }
  }
  const link = await firstClickableLink(page, pairs.values());
  expect(link, 'some seed link has a clear point to click').not.toBeNull();
  await page.mouse.click(link!.point.x, link!.point.y);
  const [a, b] = link!.pair;
  const joint = page.getByRole('region', { name: 'Joint papers' });
  await expect(joint).toBeVisible();
  expect(new Set((await hookState(page)).pair)).toEqual(new Set([a, b]));
  await expect(joint.getByRole('listitem')).toHaveCount(jointPapersOf(a, b).length);
});

test('a click on empty space beside the links selects nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await openLargeMap(page);
  const box = (await page.locator('.canvas canvas').first().boundingBox())!;
  // The top-left corner of the map: no node and no link is drawn there.
  await page.mouse.click(box.x + 8, box.y + 8);
  await page.waitForTimeout(300);
  const state = await hookState(page);
  expect(state.pair).toBeNull();
  expect(state.selected).toBeNull();
  await expect(page.getByRole('region', { name: 'Joint papers' })).toHaveCount(0);
});
