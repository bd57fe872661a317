/**
 * `<coauthor-atlas>` on a lab's page, its script from another origin (a CDN): independent
 * instances, attributes that change at runtime, DOM events, isolated styles, a container that
 * starts at zero height, and a message (not an exception) for an unknown author.
 */
import type { Locator, Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { colouredPixelsIn, DIST, expectBuilt, hostPage } from './support/embedding';
import { expect, graph, owner, test } from './fixtures';

let cdn: StaticServer;
let lab: StaticServer;

test.beforeAll(async () => {
  expectBuilt(`${DIST}coauthor-atlas.js`, 'npm run build');
  cdn = await startStaticServer({ folder: DIST, cors: true });
  lab = await startStaticServer();
});
test.afterAll(async () => {
  await cdn.close();
  await lab.close();
});

/** A host page that includes the script once and records the elements' events. */
function elementPage(body: string, head = ''): string {
  return hostPage(
    `${body}
    <script>
      window.events = [];
      for (const type of ['ready', 'author-select', 'pair-select', 'load-error']) {
        document.addEventListener(type, (event) => {
          if (event.target.localName === 'coauthor-atlas') {
            window.events.push({ type, id: event.target.id, detail: event.detail, composed: event.composed });
          }
        });
      }
    </script>
    <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`,
    head,
  );
}

interface RecordedEvent {
  type: string;
  id: string;
  detail: Record<string, unknown>;
  composed: boolean;
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: RecordedEvent[] }).events);

const eventsOf = async (page: Page, type: string, id: string) =>
  (await events(page)).filter((e) => e.type === type && e.id === id);

async function waitForReady(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await eventsOf(page, 'ready', id)).length).toBe(1);
}

const someone = graph.authors.find((a) => a.id !== owner && a.paperCount >= 3)!;
const another = graph.authors.find((a) => a.id !== owner && a.id !== someone.id)!;

test('two elements render independently; attributes select, events report', async ({ page }) => {
  lab.pages.set(
    '/two.html',
    elementPage(`
      <coauthor-atlas id="first" src="${cdn.origin}/graph.json" style="height: 420px"></coauthor-atlas>
      <coauthor-atlas id="second" src="${cdn.origin}/graph.json" theme="dark" panels="0" style="height: 320px"></coauthor-atlas>`),
  );
  await page.goto(`${lab.origin}/two.html`);
  await waitForReady(page, 'first');
  await waitForReady(page, 'second');
  const historyLength = await page.evaluate(() => history.length);
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(first.locator('.map')).toBeVisible();
  expect(await colouredPixelsIn(page, first)).toBeGreaterThan(1500);
  expect(await colouredPixelsIn(page, second)).toBeGreaterThan(1500);
  await expect(second.locator('.atlas')).toHaveAttribute('data-theme', 'dark');
  await expect(second.getByRole('combobox', { name: 'Search authors' })).toHaveCount(0);

  await first.evaluate((element, id) => element.setAttribute('author', id), someone.id);
  await expect
    .poll(async () => (await eventsOf(page, 'author-select', 'first')).at(-1))
    .toEqual({
      type: 'author-select',
      id: 'first',
      detail: { id: someone.id, name: someone.name, papers: someone.paperCount },
      composed: true,
    });
  await expect(first.getByRole('heading', { name: someone.name, level: 2 })).toBeVisible();
  // The other instance did not move.
  expect(await eventsOf(page, 'author-select', 'second')).toEqual([]);

  // The second one takes names too, and a method call works like an attribute.
  await second.evaluate((element, name) => element.setAttribute('author', name), another.name);
  await expect
    .poll(async () => (await eventsOf(page, 'author-select', 'second')).at(-1)?.detail['id'])
    .toBe(another.id);
  await first.evaluate((element) =>
    (element as unknown as { selectAuthor(a: null): void }).selectAuthor(null),
  );
  await expect
    .poll(async () => (await eventsOf(page, 'author-select', 'first')).at(-1)?.detail['id'])
    .toBeNull();
  // Still one ready each, and the host page's history untouched.
  expect((await events(page)).filter((e) => e.type === 'ready')).toHaveLength(2);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

/** Computed styles of the parts of the component a host's CSS would most likely disturb. */
async function lookOf(element: Locator) {
  const probes = {
    atlas: element.locator('.atlas'),
    search: element.getByRole('combobox', { name: 'Search authors' }),
    button: element.getByRole('button', { name: 'Filters' }),
    status: element.locator('.status'),
    zoom: element.getByRole('button', { name: 'Zoom in' }),
  };
  const look: Record<string, Record<string, string>> = {};
  for (const [name, probe] of Object.entries(probes)) {
    look[name] = await probe.evaluate((node) => {
      const style = getComputedStyle(node);
      const keys = [
        'font-family',
        'font-size',
        'font-weight',
        'line-height',
        'letter-spacing',
        'text-transform',
        'color',
        'background-color',
        'padding',
        'margin',
        'border',
        'border-radius',
        'width',
        'height',
        'box-sizing',
      ];
      return Object.fromEntries(keys.map((key) => [key, style.getPropertyValue(key)]));
    });
  }
  return look;
}

test("the host page's CSS does not change the component's look", async ({ page }) => {
  const body = `<coauthor-atlas id="map" src="${cdn.origin}/graph.json" style="height: 480px; width: 900px"></coauthor-atlas>`;
  lab.pages.set('/plain.html', elementPage(body, '<style>body { margin: 0 }</style>'));
  lab.pages.set(
    '/loud.html',
    elementPage(
      body,
      `<style>
        html { font-size: 10px; line-height: 3; }
        body { margin: 0; font: italic 700 19px/2 Georgia, serif; color: #f0f; letter-spacing: 3px;
               text-transform: uppercase; word-spacing: 8px; text-align: center; }
        * { box-sizing: content-box !important; }
        div, p, input, button, header, aside, main { padding: 13px; margin: 7px; border: 3px dashed lime;
               background: yellow; border-radius: 0; font-size: 2rem; }
        canvas { display: none; }
        .atlas, .map, .status, .bar { background: red !important; }
      </style>`,
    ),
  );
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${lab.origin}/plain.html`);
  await waitForReady(page, 'map');
  const plain = await lookOf(page.locator('#map'));
  const plainPixels = await colouredPixelsIn(page, page.locator('#map'));

  await page.goto(`${lab.origin}/loud.html`);
  await waitForReady(page, 'map');
  expect(await lookOf(page.locator('#map'))).toEqual(plain);
  expect(await colouredPixelsIn(page, page.locator('#map'))).toBeGreaterThan(plainPixels * 0.8);
});

test('a container that starts at zero height draws the map once it is resized', async ({
  page,
}) => {
  lab.pages.set(
    '/tab.html',
    elementPage(`
      <div id="tab" style="height: 0; overflow: hidden">
        <coauthor-atlas id="hidden" src="${cdn.origin}/graph.json" style="height: 100%"></coauthor-atlas>
      </div>`),
  );
  await page.goto(`${lab.origin}/tab.html`);
  await waitForReady(page, 'hidden');
  await page.locator('#tab').evaluate((tab) => (tab.style.height = '420px'));
  await expect
    .poll(() => colouredPixelsIn(page, page.locator('#hidden')), { timeout: 10_000 })
    .toBeGreaterThan(1500);
  // And again after a later resize.
  await page.locator('#tab').evaluate((tab) => (tab.style.height = '260px'));
  await expect
    .poll(() => colouredPixelsIn(page, page.locator('#hidden')), { timeout: 10_000 })
    .toBeGreaterThan(800);
});

test.describe(() => {
  // The browser itself logs the deliberately missing graph file.
  test.use({ allowConsoleErrors: [/status of 404/] });

  test('an unknown author shows a message inside the component; a new src reloads', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // A relative src is the host page's: the graph is served there. `hideowner` is the URL
    // parameter's spelling, as HTML lowercases it.
    lab.pages.set('/graph-from-lab.json', JSON.stringify(graph));
    lab.pages.set(
      '/unknown.html',
      elementPage(
        `<coauthor-atlas id="map" src="graph-from-lab.json" min-joint="lots" hideowner></coauthor-atlas>`,
      ),
    );
    await page.goto(`${lab.origin}/unknown.html`);
    await waitForReady(page, 'map');
    const map = page.locator('#map');
    expect(lab.requests).toContain('/graph-from-lab.json');
    expect(warnings.some((w) => w.includes('min-joint="lots"'))).toBe(true);
    await expect(map.locator('.status')).toContainText(`${graph.authors.length - 1} authors`);

    await map.evaluate((element) => element.setAttribute('author', 'Nobody Atall'));
    await expect(map.getByRole('alert')).toContainText('No author named “Nobody Atall”');
    await expect.poll(() => warnings.some((w) => w.includes('Nobody Atall'))).toBe(true);

    // A new src is a new load: the map goes, the problem is shown and reported.
    await map.evaluate((element) => element.setAttribute('src', 'missing.json'));
    await expect(map.getByRole('alert')).toContainText('No graph file yet');
    await expect
      .poll(async () => (await eventsOf(page, 'load-error', 'map')).at(-1)?.detail['title'])
      .toBe('No graph file yet');
    await map.evaluate((element) => element.setAttribute('src', 'graph-from-lab.json'));
    await expect.poll(async () => (await eventsOf(page, 'ready', 'map')).length).toBe(2);
  });
});

test('the element’s methods open a collaboration path and an ego network, and refuse bad values', async ({
  page,
}) => {
  lab.pages.set(
    '/methods.html',
    elementPage(
      `<coauthor-atlas id="one" src="${cdn.origin}/graph.json" style="height: 520px"></coauthor-atlas>`,
    ),
  );
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${lab.origin}/methods.html`);
  await waitForReady(page, 'one');
  const one = page.locator('#one');
  type Methods = {
    showPath(a: string, b: string | null): void;
    setEgo(e: number): void;
    setColour(c: string): void;
  };

  await one.evaluate(
    (element, [a, b]) => (element as unknown as Methods).showPath(a!, b!),
    [someone.id, another.id],
  );
  const path = one.getByRole('region', { name: 'Collaboration path' });
  await expect(path).toBeVisible();
  await expect(path).toContainText(someone.name);
  await expect(path).toContainText(another.name);

  await one.evaluate((element) => (element as unknown as Methods).setEgo(1));
  await expect(one.getByText(`Ego network of ${someone.name}`)).toBeVisible();

  await one.evaluate((element) => (element as unknown as Methods).setColour('rainbow'));
  await expect.poll(() => warnings.some((w) => w.includes('rainbow'))).toBe(true);
});
