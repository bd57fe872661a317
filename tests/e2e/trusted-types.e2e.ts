/**
 * Trusted Types on every page we ship: the app page, the iframe embed, embed-example.html
 * (the element), rebuild-graph.html and the one-file export all require them for scripts, and
 * ordinary use trips nothing: the map drawn, a panel with LaTeX (KaTeX), the Louvain worker on
 * a graph above the worker threshold (a file for the page, a blob for the one-file export).
 * The guard reports every securitypolicyviolation event; a console CSP error fails any test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import type { GraphFile } from '../../src/model/types';
import { INLINE_GRAPH_ID, inlineGraphBlock } from '../../src/app/load/inlineGraph';
import { withConsortium } from './support/consortium';
import { guardPage } from './support/guard';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { colouredPixelsIn, expectBuilt, SINGLE_FILE } from './support/embedding';
import {
  authorById,
  colouredPixels,
  expect,
  graph,
  hookState,
  test,
  waitForAtlas,
} from './fixtures';

/** clustering.ts's threshold (not imported: that module imports the worker's URL); the tests
 * below check a worker really starts, so a higher threshold fails them rather than passing. */
const WORKER_MIN_LINKS = 5000;

/** The seed graph plus one paper signed by enough people to send Louvain to its worker. */
const workerGraph = (): GraphFile =>
  withConsortium(graph, Math.ceil(Math.sqrt(2 * WORKER_MIN_LINKS)) + 2);

let lab: StaticServer;
test.beforeAll(async () => {
  lab = await startStaticServer({ cors: true });
  lab.pages.set('/worker.json', JSON.stringify(workerGraph()));
});
test.afterAll(async () => {
  await lab.close();
});

/** Opens an author's paper whose abstract has math, and waits for KaTeX's output. */
async function openLatex(page: Page | Locator): Promise<void> {
  const paper = graph.papers.find((p) => p.abstract?.includes('$'))!;
  const author = authorById.get(paper.authors.find((id) => !authorById.get(id)!.owner)!)!;
  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill(author.name);
  await search.press('Enter');
  const item = page
    .getByRole('region', { name: 'Author details' })
    .locator(`li[data-paper-id="${paper.id}"]`);
  await item.locator('summary', { hasText: 'Abstract' }).click();
  await expect(item.locator('.katex').first()).toBeVisible();
}

/** Trusted Types are enforced: a plain string into an HTML sink throws. */
async function sinksRefuseStrings(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
}

test.describe('with a deliberate violation', () => {
  test.use({ allowConsoleErrors: [/TrustedHTML|Trusted Type/] });
  test('the page enforces Trusted Types, and the guard sees a violation', async ({ page }) => {
    const guard = await guardPage(page);
    await page.goto('./');
    await waitForAtlas(page);
    expect(await sinksRefuseStrings(page)).toBe(true);
    await expect.poll(() => guard.incidents()).toHaveLength(1);
    expect((await guard.incidents())[0]).toMatch(/require-trusted-types-for/);
  });

  test('the one-file export carries the policy and runs its inline worker under it', async ({
    page,
  }) => {
    expectBuilt(SINGLE_FILE, 'npm run build:single');
    const html = readFileSync(SINGLE_FILE, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toMatch(
      /require-trusted-types-for 'script'; trusted-types coauthor-atlas svelte-trusted-html$/,
    );
    // The same file with a graph above the worker threshold inside.
    const block = new RegExp(`<script[^>]*id="${INLINE_GRAPH_ID}"[^>]*>[\\s\\S]*?</script>`);
    expect(html).toMatch(block);
    const folder = fileURLToPath(new URL('../../test-results/trusted-types/', import.meta.url));
    mkdirSync(folder, { recursive: true });
    const file = `${folder}coauthor-atlas.html`;
    writeFileSync(
      file,
      html.replace(block, () => inlineGraphBlock(JSON.stringify(workerGraph()))),
    );

    const guard = await guardPage(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(pathToFileURL(file).href);
    await waitForAtlas(page);
    expect(workers.some((url) => url.startsWith('blob:'))).toBe(true);
    expect((await hookState(page)).communities).toBeGreaterThan(1);
    expect(await sinksRefuseStrings(page)).toBe(true);
    await expect.poll(() => guard.incidents()).toHaveLength(1); // that deliberate one only
  });
});

test('the page: map, LaTeX panel and the Louvain worker, with no violation', async ({ page }) => {
  const guard = await guardPage(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await waitForAtlas(page);
  expect(await colouredPixels(page)).toBeGreaterThan(2000);
  await openLatex(page);

  // Above the worker threshold: the worker's script URL goes through the app's policy.
  await page.goto(`./?data=${encodeURIComponent(`${lab.origin}/worker.json`)}`);
  await waitForAtlas(page);
  expect(workers.some((url) => /louvain\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect((await hookState(page)).communities).toBeGreaterThan(1);

  expect(guard.dialogs).toEqual([]);
  expect(await guard.incidents()).toEqual([]);
});

test('embed-example.html (the iframe and the element) and rebuild-graph.html, with no violation', async ({
  page,
}) => {
  const guard = await guardPage(page);
  await page.goto('./embed-example.html');
  await expect(page.locator('#frame-log')).toContainText('ready');
  await expect(page.locator('#element-log')).toContainText('ready');
  await page.getByRole('button', { name: 'Hide the owner' }).click();
  const element = page.locator('#atlas-element');
  expect(await colouredPixelsIn(page, element)).toBeGreaterThan(1000);
  await openLatex(element);

  await page.goto('./rebuild-graph.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await guard.incidents()).toEqual([]);
});
