/**
 * The one-file export opened from disk: no server, no other file, the graph drawn and usable.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { singleFilePolicy } from '../../tools/vite/inlineScriptHashes';
import { colouredPixelsIn, expectBuilt, SINGLE_FILE } from './support/embedding';
import { authorById, expect, graph, hookState, test, waitForAtlas } from './fixtures';

test('the single HTML file opens from file:// and renders the graph', async ({ page }) => {
  expectBuilt(SINGLE_FILE, 'npm run build:single');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(SINGLE_FILE).href);
  await waitForAtlas(page);

  const state = await hookState(page);
  expect(state.visibleAuthors).toBe(graph.authors.length);
  expect(await colouredPixelsIn(page, page.locator('.map'))).toBeGreaterThan(2000);
  // Nothing but the file itself (and what it carries inline) was loaded.
  expect(requests.filter((url) => !/^(data|blob):/.test(url))).toEqual([
    pathToFileURL(SINGLE_FILE).href,
  ]);

  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill('takac');
  await search.press('Enter');
  const takac = [...authorById.values()].find((a) => a.name === 'Martin Takáč')!;
  await expect.poll(async () => (await hookState(page)).selected).toBe(takac.id);
  await expect(page.getByRole('heading', { name: takac.name, level: 2 })).toBeVisible();
  // No Share button: a file on disk has no address to share.
  await expect(page.getByRole('button', { name: 'Share / Embed' })).toHaveCount(0);
});

test('the single file works under a hash-based Content-Security-Policy', async ({ page }) => {
  expectBuilt(SINGLE_FILE, 'npm run build:single');
  const html = readFileSync(SINGLE_FILE, 'utf8');
  const policy = singleFilePolicy(html);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toMatch(/script-src 'sha256-[^']+';/); // one hash, no 'unsafe-inline'
  const folder = fileURLToPath(new URL('../../test-results/csp/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const guarded = `${folder}coauthor-atlas.html`;
  writeFileSync(
    guarded,
    html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`),
  );
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(pathToFileURL(guarded).href);
  await waitForAtlas(page);
  expect((await hookState(page)).visibleAuthors).toBe(graph.authors.length);
  expect(violations).toEqual([]);
});
