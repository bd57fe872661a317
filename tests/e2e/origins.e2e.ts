/**
 * Graph files from other sites: refused unless the build allowed their origin. The e2e build
 * is made with ATLAS_ALLOWED_ORIGINS=http://127.0.0.1:* (playwright.config.ts): the tests'
 * local sites on 127.0.0.1 are allowed, the same servers reached as `localhost` are another
 * origin nobody allowed. The page's connect-src says the same, so the browser holds the line
 * even if the page's own check were skipped.
 */
import type { APIRequestContext } from '@playwright/test';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { APP_ORIGIN, DIST, hostPage } from './support/embedding';
import { expect, graph, hookState, test, waitForAtlas } from './fixtures';
import { E2E_ALLOWED_ORIGINS } from '../../playwright.config';

let files: StaticServer;
let cdn: StaticServer;
test.beforeAll(async () => {
  files = await startStaticServer({ cors: true });
  files.pages.set('/lab-graph.json', JSON.stringify(graph));
  cdn = await startStaticServer({ folder: DIST, cors: true });
});
test.afterAll(async () => {
  await files.close();
  await cdn.close();
});

/** The same server under the name `localhost`: a different origin to the browser. */
const foreign = (server: StaticServer) => server.origin.replace('127.0.0.1', 'localhost');

async function connectSources(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('./')).text();
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)![1]!;
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')!
    .slice(1);
}

test('the build’s allowlist is in the page’s connect-src', async ({ request }) => {
  expect(await connectSources(request)).toEqual(["'self'", E2E_ALLOWED_ORIGINS]);
});

test('a ?data= on a site nobody allowed is refused, with what to do', async ({ page }) => {
  const origin = foreign(files);
  await page.goto(`./?data=${encodeURIComponent(`${origin}/lab-graph.json`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The graph file address is not usable');
  await expect(alert).toContainText(
    `This map only loads graph files from its own site; ${origin} is not allowed.`,
  );
  await expect(alert).toContainText(`ATLAS_ALLOWED_ORIGINS=${origin}`);
  // Never requested: not early, not by the loader.
  expect(files.requests).not.toContain('/lab-graph.json');
  expect(await page.evaluate(() => window.__coauthorAtlas)).toBeUndefined();
});

test('a ?data= on an allowed site loads', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${files.origin}/lab-graph.json`)}`);
  await waitForAtlas(page);
  expect((await hookState(page)).visibleAuthors).toBe(graph.authors.length);
  expect(files.requests).toContain('/lab-graph.json');
});

test('the element and the iframe keep the rule: a foreign src gets load-error', async ({
  page,
}) => {
  files.pages.set(
    '/host.html',
    hostPage(`
      <coauthor-atlas id="element" src="${foreign(files)}/lab-graph.json" style="height: 300px"></coauthor-atlas>
      <iframe id="frame" title="Coauthor map" src="${APP_ORIGIN}/?embed=1&data=${encodeURIComponent(`${foreign(files)}/lab-graph.json`)}" style="width: 700px; height: 300px"></iframe>
      <script>
        window.errors = [];
        document.addEventListener('load-error', (event) => window.errors.push(['element', event.detail.message]));
        addEventListener('message', (event) => {
          if (event.data?.type === 'load-error') window.errors.push(['frame', event.data.detail.message]);
        });
      </script>
      <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`),
  );
  await page.goto(`${files.origin}/host.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { errors: string[][] }).errors.length))
    .toBe(2);
  const errors = await page.evaluate(() => (window as unknown as { errors: string[][] }).errors);
  for (const [, message] of errors) {
    expect(message).toContain(`${foreign(files)} is not allowed`);
  }
  await expect(page.locator('#element').getByRole('alert')).toContainText('its own site');
});
