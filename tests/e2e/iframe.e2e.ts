/**
 * The iframe embed on a lab's page from another origin: compact view, height requests, and
 * the postMessage host API (commands from trusted origins only, selection events back).
 */
import type { Frame, Page } from '@playwright/test';
import { PROTOCOL, PROTOCOL_VERSION } from '../../src/app/host/protocol';
import { startStaticServer, type StaticServer } from './support/staticServer';
import {
  APP_ORIGIN,
  colouredPixelsIn,
  framedState,
  hostPage,
  waitForFramedAtlas,
} from './support/embedding';
import { expect, graph, owner, test } from './fixtures';

let lab: StaticServer;
let stranger: StaticServer;

/** A host page that records every message from the embed and applies its height requests. */
function labPage(embedQuery: string): string {
  return hostPage(
    `<h1>Our collaborations</h1>
    <iframe id="atlas" title="Coauthor map" src="${APP_ORIGIN}/?${embedQuery}" style="width: 760px; height: 300px; border: 0"></iframe>
    <script>
      window.received = [];
      const frame = document.getElementById('atlas');
      addEventListener('message', (event) => {
        if (event.source !== frame.contentWindow) return;
        window.received.push({ origin: event.origin, data: event.data });
        if (event.data?.protocol === 'coauthor-atlas' && event.data.type === 'resize') {
          frame.style.height = event.data.detail.height + 'px';
        }
      });
      window.command = (message) => frame.contentWindow.postMessage(message, '${APP_ORIGIN}');
    </script>`,
  );
}

interface Received {
  origin: string;
  data: { protocol?: string; version?: number; type?: string; detail?: Record<string, unknown> };
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);

const ofType = async (page: Page, type: string) =>
  (await received(page)).filter((m) => m.data.type === type);

async function framedAtlas(page: Page): Promise<Frame> {
  const frame = page.frameLocator('#atlas');
  await expect(frame.locator('.map')).toBeVisible();
  const handle = (await page.locator('#atlas').elementHandle())!;
  const content = (await handle.contentFrame())!;
  await waitForFramedAtlas(content);
  return content;
}

test.beforeAll(async () => {
  lab = await startStaticServer();
  stranger = await startStaticServer();
});
test.afterAll(async () => {
  await lab.close();
  await stranger.close();
});

const someone = graph.authors.find((a) => a.id !== owner && a.paperCount >= 3)!;

test('a trusted host page selects an author and hears the selection back', async ({ page }) => {
  lab.pages.set('/index.html', labPage(`embed=1&trust=${encodeURIComponent(lab.origin)}`));
  await page.goto(`${lab.origin}/index.html`);
  const frame = await framedAtlas(page);
  const historyLength = await page.evaluate(() => history.length);

  // Ready, typed and versioned, once.
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  const [ready] = await ofType(page, 'ready');
  expect(ready!.origin).toBe(APP_ORIGIN);
  expect(ready!.data).toMatchObject({
    protocol: PROTOCOL,
    version: PROTOCOL_VERSION,
    detail: { authors: graph.authors.length, papers: graph.papers.length, selected: null },
  });

  await page.evaluate(
    ([protocol, version, author]) =>
      (window as unknown as { command: (m: unknown) => void }).command({
        protocol,
        version,
        type: 'select-author',
        author,
      }),
    [PROTOCOL, PROTOCOL_VERSION, someone.name] as const,
  );
  await expect.poll(async () => (await framedState(frame)).selected).toBe(someone.id);
  await expect
    .poll(async () => (await ofType(page, 'author-select')).at(-1)?.data.detail)
    .toEqual({
      id: someone.id,
      name: someone.name,
      papers: someone.paperCount,
    });

  // Filters by message; a malformed one is ignored.
  await page.evaluate(
    ([protocol, version]) => {
      const send = (window as unknown as { command: (m: unknown) => void }).command;
      send({ protocol, version, type: 'set-filters', minJoint: 'lots' });
      send({ protocol, version, type: 'set-filters', hideOwner: true, minJoint: 2 });
    },
    [PROTOCOL, PROTOCOL_VERSION] as const,
  );
  await expect
    .poll(async () => (await framedState(frame)) as unknown as { filters: object })
    .toMatchObject({ filters: { hideOwner: true, minWeight: 2 } });

  // The embed kept its selections out of the host page's history.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('the embed is compact, asks for a height and links to the full view', async ({ page }) => {
  lab.pages.set('/compact.html', labPage(`embed=1&author=${someone.id}&theme=dark`));
  await page.goto(`${lab.origin}/compact.html`);
  const frame = await framedAtlas(page);
  const framed = page.frameLocator('#atlas');

  await expect(framed.getByRole('heading', { name: 'Coauthor Atlas' })).toHaveCount(0);
  await expect(framed.getByRole('combobox', { name: 'Search authors' })).toBeVisible();
  await expect(framed.locator('.atlas')).toHaveAttribute('data-theme', 'dark');

  const fullView = framed.getByRole('link', { name: /Open full view/ });
  const href = new URL((await fullView.getAttribute('href'))!);
  expect(href.origin).toBe(APP_ORIGIN);
  expect(href.searchParams.get('author')).toBe(someone.id);
  expect(href.searchParams.get('theme')).toBe('dark');
  expect(href.searchParams.has('embed')).toBe(false);
  await expect(fullView).toHaveAttribute('target', '_blank');

  // Height requests go to any parent (no trust needed) and the host applied them.
  await expect.poll(async () => (await ofType(page, 'resize')).length).toBeGreaterThan(0);
  const [resize] = await ofType(page, 'resize');
  const height = resize!.data.detail!['height'] as number;
  expect(height).toBeGreaterThan(300);
  await expect(page.locator('#atlas')).toHaveCSS('height', `${height}px`);
  expect(await colouredPixelsIn(page, page.locator('#atlas'))).toBeGreaterThan(1500);
  // Without trust, the reader's selections are not reported.
  expect(await ofType(page, 'author-select')).toEqual([]);
  expect((await framedState(frame)).selected).toBe(someone.id);
});

test('commands from an untrusted origin are ignored with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // The map trusts the lab; this page is somewhere else.
  stranger.pages.set('/index.html', labPage(`embed=1&trust=${encodeURIComponent(lab.origin)}`));
  await page.goto(`${stranger.origin}/index.html`);
  const frame = await framedAtlas(page);
  await page.evaluate(
    ([protocol, version, author]) =>
      (window as unknown as { command: (m: unknown) => void }).command({
        protocol,
        version,
        type: 'select-author',
        author,
      }),
    [PROTOCOL, PROTOCOL_VERSION, someone.id] as const,
  );
  await expect
    .poll(() => warnings.find((w) => w.includes('not a trusted origin')))
    .toContain(stranger.origin);
  expect((await framedState(frame)).selected).toBeNull();
  expect(await ofType(page, 'author-select')).toEqual([]);
});
