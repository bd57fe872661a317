/**
 * The built folder copied to a lab's server under a sub-path: every asset URL is relative, the
 * graph file is found beside the page (or where `?data=` says), and the map works.
 */
import { readFileSync } from 'node:fs';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { colouredPixelsIn, DIST, expectBuilt } from './support/embedding';
import { authorById, expect, hookState, test, waitForAtlas } from './fixtures';

const PREFIX = '/lab/network/';
let server: StaticServer;

test.beforeAll(async () => {
  expectBuilt(`${DIST}index.html`, 'npm run build');
  server = await startStaticServer({ folder: DIST, prefix: PREFIX });
});
test.afterAll(async () => server.close());

test('the build served under /lab/network/ renders and works', async ({ page }) => {
  await page.goto(`${server.origin}${PREFIX}`);
  await waitForAtlas(page);
  expect(await colouredPixelsIn(page, page.locator('.map'))).toBeGreaterThan(2000);
  // Everything came from under the sub-path: nothing asked for the server's root.
  expect(server.requests.filter((path) => !path.startsWith(PREFIX))).toEqual([]);
  expect(server.requests).toContain(`${PREFIX}graph.json`);

  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill('takac');
  await search.press('Enter');
  const takac = [...authorById.values()].find((a) => a.name === 'Martin Takáč')!;
  await expect.poll(async () => (await hookState(page)).selected).toBe(takac.id);
  await expect(page).toHaveURL(new RegExp(`^${server.origin}${PREFIX}\\?author=${takac.id}$`));
});

test('?data= points at a graph file elsewhere on the host', async ({ page }) => {
  server.pages.set('/data/lab-graph.json', readFileSync(`${DIST}graph.json`, 'utf8'));
  const before = server.requests.length;
  await page.goto(`${server.origin}${PREFIX}?data=${encodeURIComponent('/data/lab-graph.json')}`);
  await waitForAtlas(page);
  const fetched = server.requests.slice(before);
  expect(fetched).toContain('/data/lab-graph.json');
  expect(fetched).not.toContain(`${PREFIX}graph.json`);
});
