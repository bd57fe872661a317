/**
 * Bad graph files in chromium: missing (a 404, or a host's fallback page), invalid JSON, a
 * newer or older schemaVersion, a paper naming an author who is not in the file, a huge file
 * (a 160 MB stream, and a declared 160 MB), and one with more authors than the map draws.
 * Each gives a clear message with a link to how to rebuild, no uncaught error, and no map at
 * all (no canvas): never a half-drawn graph. The iframe and the element report `load-error`.
 */
import type { Page } from '@playwright/test';
import { OLDEST_READABLE_SCHEMA, SCHEMA_VERSION } from '../../src/model/types';
import { MAX_AUTHORS, MAX_GRAPH_BYTES } from '../../src/app/load/limits';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { startHugeGraphServer, type HugeGraphServer } from './support/hugeGraphServer';
import { APP_ORIGIN, DIST, expectBuilt, hostPage } from './support/embedding';
import { expect, graph, test } from './fixtures';

const HUGE = 160 * 1024 * 1024;

let files: StaticServer;
let huge: HugeGraphServer;
let cdn: StaticServer;

const truncated = JSON.stringify(graph).slice(0, 5000);
const dangling = {
  ...graph,
  papers: graph.papers.map((p, i) => (i === 3 ? { ...p, authors: [...p.authors, 'ghost'] } : p)),
};
const crowded = {
  ...graph,
  authors: [
    ...graph.authors,
    ...Array.from({ length: MAX_AUTHORS }, (_, i) => ({
      id: `extra-${i}`,
      name: `Extra ${i}`,
      aliases: [],
      paperCount: 0,
      x: i,
      y: 0,
    })),
  ],
};

test.beforeAll(async () => {
  expectBuilt(`${DIST}coauthor-atlas.js`, 'npm run build');
  files = await startStaticServer({ cors: true });
  files.pages.set('/truncated.json', truncated);
  files.pages.set('/newer.json', JSON.stringify({ ...graph, schemaVersion: SCHEMA_VERSION + 1 }));
  files.pages.set(
    '/older.json',
    JSON.stringify({ ...graph, schemaVersion: OLDEST_READABLE_SCHEMA - 1 }),
  );
  files.pages.set('/dangling.json', JSON.stringify(dangling));
  files.pages.set('/crowded.json', JSON.stringify(crowded));
  huge = await startHugeGraphServer(HUGE);
  cdn = await startStaticServer({ folder: DIST, cors: true });
});
test.afterAll(async () => {
  await files.close();
  await huge.close();
  await cdn.close();
});

interface Case {
  name: string;
  /** Absolute, or relative to the page. */
  data: () => string;
  title: string;
  message: RegExp;
  /** What else must hold once the message is shown. */
  afterwards?: () => void;
}

/**
 * A huge file was cut off: the page hung up before the end, after at most `limit` bytes
 * were sent (loopback sockets buffer tens of MB beyond what the page read).
 */
function expectCutOff(path: string, limit: number): void {
  const sent = huge.sent.get(path)!;
  expect(sent.closedEarly, `${path} was read to the end`).toBe(true);
  expect(sent.bytes).toBeLessThan(limit);
}

const CASES: Case[] = [
  {
    name: 'a missing file (404)',
    data: () => `${files.origin}/missing.json`,
    title: 'No graph file yet',
    message: /There is no graph file at .*missing\.json.*npm run graph/,
  },
  {
    // vite preview, like many static hosts, answers unknown paths with the app's own page.
    name: 'a missing file behind a fallback page',
    data: () => 'nothing-here.json',
    title: 'No graph file yet',
    message: /sent a web page, not a graph file/,
  },
  {
    name: 'invalid JSON (a file cut off)',
    data: () => `${files.origin}/truncated.json`,
    title: 'The graph file is malformed',
    message: /not valid JSON.*npm run graph/,
  },
  {
    name: 'a newer schemaVersion',
    data: () => `${files.origin}/newer.json`,
    title: 'The graph file is newer than this page',
    message: new RegExp(`schema version ${SCHEMA_VERSION + 1}`),
  },
  {
    name: 'an older schemaVersion',
    data: () => `${files.origin}/older.json`,
    title: 'The graph file is out of date',
    message: /Rebuild the graph with npm run graph/,
  },
  {
    name: 'a paper naming an author not in the file',
    data: () => `${files.origin}/dangling.json`,
    title: 'The graph file is malformed',
    message: /papers\[3\]: author "ghost" is not in authors/,
  },
  {
    name: 'a 160 MB stream',
    data: () => `${huge.origin}/streamed.json`,
    title: 'The graph file is too large',
    message: /larger than 64 MB; this page reads graph files up to 64 MB/,
    afterwards: () => expectCutOff('/streamed.json', MAX_GRAPH_BYTES + 48 * 1024 * 1024),
  },
  {
    name: 'a declared 160 MB',
    data: () => `${huge.origin}/declared.json`,
    title: 'The graph file is too large',
    message: /is 160 MB; this page reads graph files up to 64 MB/,
    afterwards: () => expectCutOff('/declared.json', 48 * 1024 * 1024),
  },
  {
    name: 'more authors than the map draws',
    data: () => `${files.origin}/crowded.json`,
    title: 'The graph file is too large',
    message: new RegExp(`authors; this page draws at most ${MAX_AUTHORS.toLocaleString('en-US')}`),
  },
];

async function expectProblem(page: Page, item: Case): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(alert).toContainText(item.message);
  const help = alert.getByRole('link', { name: 'How to build or rebuild the graph file' });
  await expect(help).toHaveAttribute('href', `${APP_ORIGIN}/rebuild-graph.html`);
  // Nothing of the map: not a canvas, not a panel.
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Search authors' })).toHaveCount(0);
}

test.describe('on the page', () => {
  // The browser itself logs the failed request.
  test.use({ allowConsoleErrors: [/status of 404/] });

  for (const item of CASES) {
    test(`${item.name}: a message, a link to rebuild, no map`, async ({ page }) => {
      await page.goto(`./?data=${encodeURIComponent(item.data())}`);
      await expectProblem(page, item);
      if (item.afterwards) await expect.poll(() => (item.afterwards!(), true)).toBe(true);
    });
  }

  test('the help page opens under the same policy', async ({ page }) => {
    await page.goto('./rebuild-graph.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Building the graph file');
    await expect(page.getByText('The graph file is too large')).toBeVisible();
  });
});

test.describe('embedded', () => {
  test.use({ allowConsoleErrors: [/status of 404/] });

  test('the iframe and the element show the message and report load-error', async ({ page }) => {
    const older = `${files.origin}/older.json`;
    files.pages.set(
      '/host.html',
      hostPage(`
        <iframe id="frame" title="Coauthor map" src="${APP_ORIGIN}/?embed=1&data=${encodeURIComponent(older)}" style="width: 700px; height: 400px"></iframe>
        <coauthor-atlas id="element" src="dangling.json" style="height: 400px"></coauthor-atlas>
        <script>
          window.received = [];
          addEventListener('message', (event) => window.received.push(event.data));
          document.addEventListener('load-error', (event) => window.received.push({ element: event.detail }));
        </script>
        <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`),
    );
    await page.goto(`${files.origin}/host.html`);

    const framed = page.frameLocator('#frame');
    await expect(framed.getByRole('alert')).toContainText('The graph file is out of date');
    await expect(framed.getByRole('link', { name: /rebuild the graph file/ })).toHaveAttribute(
      'href',
      `${APP_ORIGIN}/rebuild-graph.html`,
    );
    await expect(framed.locator('canvas')).toHaveCount(0);

    const element = page.locator('#element');
    await expect(element.getByRole('alert')).toContainText('author "ghost" is not in authors');
    // The element's help page is beside its script.
    await expect(element.getByRole('link', { name: /rebuild the graph file/ })).toHaveAttribute(
      'href',
      `${cdn.origin}/rebuild-graph.html`,
    );
    await expect(element.locator('canvas')).toHaveCount(0);

    const received = () =>
      page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    await expect.poll(received).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          protocol: 'coauthor-atlas',
          type: 'load-error',
          detail: expect.objectContaining({ title: 'The graph file is out of date' }),
        }),
        { element: expect.objectContaining({ title: 'The graph file is malformed' }) },
      ]),
    );
  });
});
