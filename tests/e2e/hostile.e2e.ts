/**
 * The hostile listing (markup, `javascript:` URLs, `{@html}`, dangerous KaTeX in every field),
 * built by the real build step and loaded in chromium: on every surface that shows listing
 * text (search, details, abstracts with KaTeX, coauthors, joint papers, legend, list view, link
 * tooltip, Share dialog, notices, the iframe embed and the element) no script runs, no dialog
 * opens, no markup is made from it, and the strings are shown as the text they are.
 */
import type { Locator, Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { APP_ORIGIN, DIST, expectBuilt, hostPage } from './support/embedding';
import { guardPage, type PageGuard } from './support/guard';
import { buildHostileGraph, PAYLOAD, type HostileGraph } from './support/hostileGraph';
import { injectedMarkup } from './support/injectedMarkup';
import { expect, hookState, test, waitForAtlas } from './fixtures';

let hostile: HostileGraph;
let lab: StaticServer;
let cdn: StaticServer;

test.beforeAll(async () => {
  expectBuilt(`${DIST}coauthor-atlas.js`, 'npm run build');
  hostile = buildHostileGraph();
  lab = await startStaticServer({ cors: true });
  lab.pages.set('/hostile.json', hostile.text);
  cdn = await startStaticServer({ folder: DIST, cors: true });
});
test.afterAll(async () => {
  await lab.close();
  await cdn.close();
});

const people = () => ({
  charles: hostile.author(`Charles ${PAYLOAD.script} Babbage`),
  ada: hostile.author(`Ada ${PAYLOAD.img} Lovelace`),
  linkName: hostile.author(PAYLOAD.link),
});

const nameOf = (id: string) => hostile.graph.authors.find((a) => a.id === id)!.name;

/** Coauthor pairs of the hostile graph whose names both carry markup, then the rest. */
function hostilePairs(): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const paper of hostile.graph.papers) {
    for (const a of paper.authors) {
      for (const b of paper.authors) if (a < b) pairs.set(`${a} ${b}`, [a, b]);
    }
  }
  const marked = (id: string) => /[<{]/.test(nameOf(id));
  return [...pairs.values()].sort(
    ([a, b], [c, d]) => Number(marked(c) && marked(d)) - Number(marked(a) && marked(b)),
  );
}

async function expectInert(page: Page, guard: PageGuard): Promise<void> {
  expect(await injectedMarkup(page), 'markup made from listing text').toEqual([]);
  for (const frame of page.frames().slice(1)) expect(await injectedMarkup(frame)).toEqual([]);
  expect(guard.dialogs, 'dialogs').toEqual([]);
  expect(await guard.incidents(), 'script calls and CSP violations').toEqual([]);
}

/** Opens every abstract of a paper list and, when they have math, waits for KaTeX. */
async function openAbstracts(panel: Locator, math = true): Promise<void> {
  const summaries = panel.locator('summary', { hasText: 'Abstract' });
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await expect(panel.locator('.abstract').first()).toBeVisible();
  if (math) await expect(panel.locator('.katex').first()).toBeVisible();
}

test('the page shows every hostile string as text and runs none of it', async ({ page }) => {
  const guard = await guardPage(page);
  const { charles, ada, linkName } = people();
  await page.goto(`./?data=${encodeURIComponent(`${lab.origin}/hostile.json`)}`);
  await waitForAtlas(page);
  // The header names the owners.
  await expect(page.getByRole('banner')).toContainText(charles.name);
  await expect(page.getByRole('banner')).toContainText(ada.name);

  // The map: hover a link (the tooltip is DOM text; some links have no clear point to hover
  // in this small, dense graph, so the first one that shows a tooltip) and a node (labels
  // are canvas text).
  const tooltip = page.locator('.tooltip');
  let hoveredLink: [string, string] | null = null;
  for (const [a, b] of hostilePairs()) {
    const point = await page.evaluate(
      ([x, y]) => window.__coauthorAtlas!.edgeClickPoint(x!, y!),
      [a, b],
    );
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    if (
      await tooltip.waitFor({ timeout: 1000 }).then(
        () => true,
        () => false,
      )
    ) {
      hoveredLink = [a, b];
      break;
    }
  }
  expect(hoveredLink, 'a link shows its tooltip').not.toBeNull();
  for (const id of hoveredLink!) await expect(tooltip).toContainText(nameOf(id));
  const node = await page.evaluate((id) => window.__coauthorAtlas!.nodeClickPoint(id), ada.id);
  await page.mouse.move(node!.x, node!.y);
  await expect.poll(async () => (await hookState(page)).hovered).toBe(ada.id);

  // Search suggestions, then the details of the owner (every paper is theirs).
  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill('onerror');
  await expect(page.getByRole('option').filter({ hasText: PAYLOAD.img }).first()).toBeVisible();
  await search.fill('babbage');
  await expect(page.getByRole('option').first()).toContainText(charles.name);
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(charles.name);
  await expect(details).toContainText('Also listed as Charles Babbage');
  const papers = hostile.graph.papers.filter((p) => p.authors.includes(charles.id));
  await expect(details.locator('li[data-paper-id]')).toHaveCount(papers.length);
  for (const paper of papers) {
    const item = details.locator(`li[data-paper-id="${paper.id}"]`);
    if (!paper.title.includes('$')) await expect(item.locator('.title')).toHaveText(paper.title);
    if (paper.venue) await expect(item).toContainText(paper.venue);
  }
  await openAbstracts(details);
  for (const text of [PAYLOAD.img, PAYLOAD.script, PAYLOAD.link, PAYLOAD.html]) {
    await expect(details.locator('.abstract').filter({ hasText: text }).first()).toBeVisible();
  }
  // KaTeX refuses \href, \url, \htmlClass…: they show as (error-coloured) text.
  for (const command of ['\\href', '\\htmlClass', '\\url']) {
    await expect(details.locator('.katex', { hasText: command }).first()).toBeVisible();
  }
  await expectInert(page, guard);

  // Coauthors, and the joint papers of a pair.
  await details.getByRole('button', { name: `Joint papers with ${linkName.name}` }).click();
  const joint = page.getByRole('region', { name: 'Joint papers' });
  await expect(joint.getByRole('heading', { level: 2 })).toContainText(linkName.name);
  await openAbstracts(joint, false);
  await expect(joint.locator('.abstract')).toContainText('<svg onload=alert(1)>');

  // The legend names communities after their members.
  const legend = page.getByRole('region', { name: 'Communities' });
  await expect(legend).toContainText(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/);

  // The Share dialog: names end up in snippets escaped, never as tags.
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share / Embed' });
  const iframe = await dialog.getByLabel('Iframe').inputValue();
  expect(iframe).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(iframe).not.toContain(PAYLOAD.script);
  await expectInert(page, guard);
  await page.keyboard.press('Escape');

  // The list view: every name, as text.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table');
  for (const author of hostile.graph.authors) await expect(table).toContainText(author.name);
  await expectInert(page, guard);
});

test('hostile names in links select by name or say they are unknown, as text', async ({ page }) => {
  const guard = await guardPage(page);
  const data = `data=${encodeURIComponent(`${lab.origin}/hostile.json`)}`;
  await page.goto(`./?${data}&author=${encodeURIComponent(PAYLOAD.script)}`);
  await waitForAtlas(page);
  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(PAYLOAD.script);

  const unknown = `${PAYLOAD.img} Nobody`;
  await page.goto(`./?${data}&author=${encodeURIComponent(unknown)}`);
  await waitForAtlas(page);
  await expect(page.getByRole('alert')).toContainText(`No author named “${unknown}”`);
  await expectInert(page, guard);
});

test('the iframe embed and the element keep hostile text inert too', async ({ page }) => {
  const guard = await guardPage(page);
  const { charles, ada } = people();
  const embedQuery = new URLSearchParams({
    embed: '1',
    data: `${lab.origin}/hostile.json`,
    author: ada.id,
  });
  lab.pages.set(
    '/embeds.html',
    hostPage(`
      <iframe id="frame" title="Coauthor map" src="${APP_ORIGIN}/?${embedQuery}" style="width: 800px; height: 560px"></iframe>
      <coauthor-atlas id="element" src="hostile.json" style="height: 560px; width: 800px"></coauthor-atlas>
      <script type="module" src="${cdn.origin}/coauthor-atlas.js"></script>`),
  );
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.goto(`${lab.origin}/embeds.html`);

  const framed = page.frameLocator('#frame');
  const frameDetails = framed.getByRole('region', { name: 'Author details' });
  await expect(frameDetails.getByRole('heading', { level: 2 })).toHaveText(ada.name);
  await openAbstracts(frameDetails);

  const element = page.locator('#element');
  await expect(element.locator('.map')).toBeVisible();
  await element.evaluate((node, name) => node.setAttribute('author', name), charles.name);
  const details = element.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(charles.name);
  await openAbstracts(details);
  await expect(details.locator('.katex', { hasText: '\\href' }).first()).toBeVisible();
  await expectInert(page, guard);
});
