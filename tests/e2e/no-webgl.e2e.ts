/**
 * A locked-down browser without WebGL (chromium launched with --disable-webgl
 * --disable-3d-apis): the page sees it before drawing, opens the list with a notice, and
 * everything that needs no pixels works: search, the author panel, a coauthor's joint papers,
 * a path, a filter, the CSV export (PNG and SVG are off, saying why). The iframe and the
 * element do the same and still announce `ready` to their hosts.
 */
import { readFileSync } from 'node:fs';
import { buildAtlasData } from '../../src/app/data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../../src/app/filters/filters';
import { strongestPath } from '../../src/app/path/path';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { APP_ORIGIN, DIST, hostPage } from './support/embedding';
import {
  authorById,
  expect,
  graph,
  hookState,
  jointPapersOf,
  listedPaperIds,
  test,
} from './fixtures';

const NOTICE =
  'This browser cannot draw the map (WebGL is off); the list, search, author panels, joint papers, paths and filters still work.';

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-3d-apis'],
  },
});

const data = buildAtlasData(graph);
const name = (id: string) => authorById.get(id)!.name;

let cdn: StaticServer;
let lab: StaticServer;
test.beforeAll(async () => {
  cdn = await startStaticServer({ folder: DIST, cors: true });
  lab = await startStaticServer();
});
test.afterAll(async () => {
  await cdn.close();
  await lab.close();
});

test('the browser really has no WebGL here', async ({ page }) => {
  await page.goto('./rebuild-graph.html');
  expect(
    await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      return canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    }),
  ).toBeNull();
});

test('the page opens the list with a notice, and search, panels, paths, filters and CSV work', async ({
  page,
}) => {
  await page.goto('./');
  await page.waitForFunction(() => window.__coauthorAtlas?.state().communities != null);
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  expect((await hookState(page)).mapDrawn).toBe(false);
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeDisabled();
  await expect(page.getByRole('application', { name: 'Coauthor map' })).toHaveCount(0);

  // Search → author panel → a coauthor's joint papers.
  await page.getByRole('combobox', { name: 'Search authors' }).fill('takac');
  await page.keyboard.press('Enter');
  const takac = graph.authors.find((a) => a.name === 'Martin Takáč')!;
  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(takac.name);
  // Their strongest coauthor other than the owner (the panel lists the strongest first).
  const partner = [...data.pairs]
    .filter((p) => p.source === takac.id || p.target === takac.id)
    .map((p) => ({ id: p.source === takac.id ? p.target : p.source, papers: p.papers.length }))
    .filter((p) => !authorById.get(p.id)!.owner)
    .sort((x, y) => y.papers - x.papers)[0]!.id;
  await page.getByRole('button', { name: `Joint papers with ${name(partner)}` }).click();
  const joint = page.getByRole('region', { name: 'Joint papers' });
  await expect(joint.getByRole('list').locator('li[data-paper-id]').first()).toBeVisible();
  expect(await listedPaperIds(page, joint.getByRole('list'))).toEqual(
    jointPapersOf(takac.id, partner).map((p) => p.id),
  );

  // A collaboration path from the author panel.
  const from = 'anastasia-koloskova';
  const to = 'martin-takac';
  await page.goto(`./?author=${from}&hideOwner=1`);
  await page.waitForFunction(() => window.__coauthorAtlas?.state().communities != null);
  const picker = page.getByRole('combobox', { name: `How is ${name(from)} connected to…` });
  await picker.fill('takac');
  await expect(page.getByRole('option').first()).toContainText(name(to));
  await page.keyboard.press('Enter');
  const expected = strongestPath(
    computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true }),
    from,
    to,
  );
  expect(expected.kind).toBe('found');
  await expect
    .poll(async () => (await hookState(page)).path)
    .toEqual(expected.kind === 'found' ? expected.nodes : null);
  const path = page.getByRole('region', { name: 'Collaboration path' });
  await expect(path.getByLabel('People on the path')).toContainText(name(to));

  // A filter: the list follows it.
  await page.goto('./');
  await page.waitForFunction(() => window.__coauthorAtlas?.state().communities != null);
  const rows = page.getByRole('table').locator('tbody tr');
  const all = await rows.count();
  expect(all).toBe(computeVisibleView(data, DEFAULT_FILTERS).nodes.length);
  const strong = computeVisibleView(data, { ...DEFAULT_FILTERS, minWeight: 3 });
  await page.getByLabel('Minimum joint papers per link').fill('3');
  await expect(rows).toHaveCount(strong.nodes.length);
  expect(strong.nodes.length).toBeLessThan(all);

  // Exports: CSV works; PNG and SVG are off and say why.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const png = page.getByRole('button', { name: /^Image \(PNG\)/ });
  await expect(png).toBeDisabled();
  await expect(png).toContainText('WebGL is off');
  await expect(page.getByRole('button', { name: /^Vector image \(SVG\)/ })).toBeDisabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Authors \(CSV\)/ }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + strong.nodes.length);
  expect(download.suggestedFilename()).toMatch(/-authors\.csv$/);
});

test('the iframe and the element show the list and the notice, and announce ready', async ({
  page,
}) => {
  lab.pages.set(
    '/embeds.html',
    hostPage(`
      <iframe id="frame" title="Coauthor map" src="${APP_ORIGIN}/?embed=1" style="width: 800px; height: 520px"></iframe>
      <coauthor-atlas id="element" src="${cdn.origin}/graph.json" style="height: 520px; width: 800px"></coauthor-atlas>
      <script>
        window.ready = [];
        addEventListener('message', (event) => {
          if (event.data?.protocol === 'coauthor-atlas' && event.data.type === 'ready') window.ready.push('frame');
        });
        document.addEventListener('ready', (event) => {
          if (event.target.localName === 'coauthor-atlas') window.ready.push('element');
        });
      </script>
      <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`),
  );
  await page.goto(`${lab.origin}/embeds.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { ready: string[] }).ready.sort()))
    .toEqual(['element', 'frame']);
  const frame = page.frameLocator('#frame');
  await expect(frame.getByText(NOTICE)).toBeVisible();
  await expect(frame.getByRole('table')).toBeVisible();
  const element = page.locator('#element');
  await expect(element.getByText(NOTICE)).toBeVisible();
  await expect(element.getByRole('table')).toBeVisible();
  // Choosing someone in the element's list opens their panel.
  await element
    .getByRole('button', { name: name('martin-takac'), exact: true })
    .first()
    .click();
  await expect(element.getByRole('region', { name: 'Author details' })).toBeVisible();
});
