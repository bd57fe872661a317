/**
 * Hostile and malformed input from the address bar and the host API: each value is ignored
 * with a console warning, nothing runs, nothing is fetched or followed from a script address,
 * and the map opens with its defaults.
 */
import type { Page } from '@playwright/test';
import { PROTOCOL, PROTOCOL_VERSION } from '../../src/app/host/protocol';
import { startStaticServer, type StaticServer } from './support/staticServer';
import {
  APP_ORIGIN,
  DIST,
  expectBuilt,
  framedState,
  hostPage,
  waitForFramedAtlas,
} from './support/embedding';
import { guardPage } from './support/guard';
import { expect, graph, hookState, test, waitForAtlas } from './fixtures';

let lab: StaticServer;
let cdn: StaticServer;
test.beforeAll(async () => {
  expectBuilt(`${DIST}coauthor-atlas.js`, 'npm run build');
  lab = await startStaticServer();
  cdn = await startStaticServer({ folder: DIST, cors: true });
});
test.afterAll(async () => {
  await lab.close();
  await cdn.close();
});

function consoleWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test('hostile URL parameters are ignored with a warning each', async ({ page }) => {
  const guard = await guardPage(page);
  const warnings = consoleWarnings(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const query = new URLSearchParams([
    ['author', '<script>alert(1)</script>'],
    ['from', 'abc'],
    ['resolution', '1e999'],
    ['minJoint', '-3'],
    ['theme', 'javascript:alert(1)'],
    ['data', 'javascript:alert(1)'],
    ['<img src=x onerror=alert(1)>', '1'],
  ]);
  await page.goto(`./?${query}`);
  await waitForAtlas(page);

  // The default graph, whole, with default filters; the script address was never requested.
  expect(requests.filter((url) => url.endsWith('/graph.json'))).toHaveLength(1);
  expect(requests.filter((url) => !url.startsWith(APP_ORIGIN))).toEqual([]);
  expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
  const state = await hookState(page);
  expect(state.visibleAuthors).toBe(graph.authors.length);
  expect(state).toMatchObject({
    filters: expect.objectContaining({ yearFrom: null, minWeight: 1, hideOwner: false }),
  });
  await expect(page.locator('.atlas')).toHaveAttribute('data-theme', /^(light|dark)$/);
  // An author reference is looked up, and an unknown one is named as text.
  await expect(page.getByRole('alert')).toContainText(
    'No author named “<script>alert(1)</script>”',
  );

  for (const expected of [
    /Parameter from: “abc” is not a year/,
    /Parameter resolution: “1e999” is not a number/,
    /Parameter minJoint: “-3” is not a whole number/,
    /Parameter theme: “javascript:alert\(1\)” is not light, dark or system/,
    /Parameter data: “javascript:alert\(1\)” is not an http\(s\) address/,
    /Unknown parameter “<img src=x onerror=alert\(1\)>” ignored/,
  ]) {
    expect(
      warnings.some((w) => expected.test(w)),
      String(expected),
    ).toBe(true);
  }
  expect(guard.dialogs).toEqual([]);
  expect(await guard.incidents()).toEqual([]);
});

test('malformed host API commands are ignored with a warning each', async ({ page }) => {
  const guard = await guardPage(page);
  const warnings = consoleWarnings(page);
  lab.pages.set(
    '/host.html',
    hostPage(`
      <iframe id="atlas" title="Coauthor map" src="${APP_ORIGIN}/?embed=1&trust=${encodeURIComponent(lab.origin)}" style="width: 760px; height: 480px"></iframe>
      <script>
        window.command = (message) =>
          document.getElementById('atlas').contentWindow.postMessage(message, '${APP_ORIGIN}');
      </script>`),
  );
  await page.goto(`${lab.origin}/host.html`);
  const frame = (await (await page.locator('#atlas').elementHandle())!.contentFrame())!;
  await waitForFramedAtlas(frame);
  const filtersOf = async () =>
    (await framedState(frame)) as unknown as { filters: object; resolution: number };
  const before = await filtersOf();

  await page.evaluate(
    ([protocol, version]) => {
      const send = (window as unknown as { command: (m: unknown) => void }).command;
      const bad: Record<string, unknown>[] = [
        { type: 'set-theme', theme: 'javascript:alert(1)' },
        { type: 'set-filters', minJoint: -3 },
        { type: 'set-filters', resolution: '1e999' },
        { type: 'set-filters', from: 'abc' },
        { type: 'eval', code: 'alert(1)' },
        { type: 'select-author', author: '<img src=x onerror=alert(1)>' },
        { type: 'set-view', view: 'list', onload: 'alert(1)' },
      ];
      for (const message of bad) send({ protocol, version, ...message });
      send({ protocol, version: 99, type: 'set-view', view: 'map' });
    },
    [PROTOCOL, PROTOCOL_VERSION] as const,
  );

  const framed = page.frameLocator('#atlas');
  await expect(framed.getByRole('alert')).toContainText(
    'No author named “<img src=x onerror=alert(1)>”',
  );
  // The one valid command with a stray field applied; nothing else changed.
  await expect(framed.getByRole('table')).toBeVisible();
  expect(await filtersOf()).toEqual(expect.objectContaining(before));
  for (const expected of [
    /“javascript:alert\(1\)” is not light, dark or system/,
    /“-3” is not a whole number/,
    /“1e999” is not a number/,
    /“abc” is not a year/,
    /unknown command type "eval"/,
    /ignored “onload” in a set-view message/,
    /unsupported protocol version 99/,
  ]) {
    await expect.poll(() => warnings.some((w) => expected.test(w)), String(expected)).toBe(true);
  }
  expect(guard.dialogs).toEqual([]);
  expect(await guard.incidents()).toEqual([]);
});

test('?hideOwner=yes, hide-owner="yes" and { hideOwner: true } give the same map', async ({
  page,
}) => {
  const warnings = consoleWarnings(page);
  const status = (text: string) => text.trim();

  await page.goto('./?hideOwner=yes');
  await waitForAtlas(page);
  const viaUrl = await hookState(page);
  expect(viaUrl.visibleAuthors).toBe(graph.authors.length - graph.owners.length);
  expect(viaUrl).toMatchObject({ filters: expect.objectContaining({ hideOwner: true }) });
  const urlStatus = status(await page.locator('.status').innerText());

  lab.pages.set(
    '/element.html',
    hostPage(`
      <coauthor-atlas id="map" src="${cdn.origin}/graph.json" hide-owner="yes" style="height: 480px; width: 900px"></coauthor-atlas>
      <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`),
  );
  await page.goto(`${lab.origin}/element.html`);
  const elementStatus = page.locator('#map .status');
  await expect(elementStatus).toHaveText(urlStatus, { timeout: 20_000 });

  lab.pages.set(
    '/frame.html',
    hostPage(`
      <iframe id="atlas" title="Coauthor map" src="${APP_ORIGIN}/?embed=1&trust=${encodeURIComponent(lab.origin)}" style="width: 900px; height: 480px"></iframe>
      <script>
        window.command = (message) =>
          document.getElementById('atlas').contentWindow.postMessage(message, '${APP_ORIGIN}');
      </script>`),
  );
  await page.goto(`${lab.origin}/frame.html`);
  const frame = (await (await page.locator('#atlas').elementHandle())!.contentFrame())!;
  await waitForFramedAtlas(frame);
  await page.evaluate(
    ([protocol, version]) =>
      (window as unknown as { command: (m: unknown) => void }).command({
        protocol,
        version,
        type: 'set-filters',
        hideOwner: true,
      }),
    [PROTOCOL, PROTOCOL_VERSION] as const,
  );
  await expect
    .poll(async () => (await framedState(frame)).visibleAuthors)
    .toBe(viaUrl.visibleAuthors);
  await expect(page.frameLocator('#atlas').locator('.status')).toHaveText(urlStatus);
  expect(warnings.filter((w) => /hideOwner|hide-owner/.test(w))).toEqual([]);
});
