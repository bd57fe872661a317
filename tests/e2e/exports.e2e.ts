/**
 * Exports from the page: the PNG and SVG are non-empty pictures of the map (the PNG at twice
 * the page's pixels or more, the SVG real shapes), the CSV and GEXF are what they claim, and
 * every file is named after the graph and the view.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hookState, test, waitForAtlas } from './fixtures';

async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: new RegExp(`^${item}`) }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Width, height and the share of pixels that differ from the top-left (background) pixel. */
function pngFacts(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    // From bytes, not a data: URL: the page's Content-Security-Policy refuses fetching those.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs(data[i]! - data[0]!) +
        Math.abs(data[i + 1]! - data[1]!) +
        Math.abs(data[i + 2]! - data[2]!);
      if (d > 30) drawn++;
    }
    return { width: image.width, height: image.height, drawn: drawn / (data.length / 4) };
  }, png.toString('base64'));
}

test('PNG, SVG, CSV and GEXF downloads of the current view', async ({ page }) => {
  await page.goto('./?from=2019&hideOwner=1&author=sebastian-u-stich');
  await waitForAtlas(page);
  const box = (await page.locator('.map').boundingBox())!;

  const png = await exportFile(page, 'Image \\(PNG\\)');
  expect(png.name).toMatch(/^coauthor-atlas-martin-jaggi-2019-\d{4}-without-owner\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const facts = await pngFacts(page, png.bytes);
  expect(facts.width).toBeGreaterThanOrEqual(Math.floor(box.width * 2) - 2);
  expect(facts.height).toBeGreaterThanOrEqual(Math.floor(box.height * 2) - 2);
  expect(facts.drawn).toBeGreaterThan(0.01);

  const svg = await exportFile(page, 'Vector image \\(SVG\\)');
  expect(svg.name).toMatch(/\.svg$/);
  // Parsed in a blank page: the app's page requires Trusted Types, and DOMParser is a sink.
  const blank = await page.context().newPage();
  const shapes = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      circles: doc.querySelectorAll('circle').length,
      lines: doc.querySelectorAll('line').length,
      labels: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg.bytes.toString('utf8'));
  const state = await hookState(page);
  expect(shapes).toMatchObject({ error: false, root: 'svg' });
  // Exactly what is on screen: the authors whose node is inside the map's frame.
  const onScreen = await page.evaluate(() => {
    const hook = window.__coauthorAtlas!;
    return hook.visibleAuthorIds().filter((id) => hook.nodeViewportPosition(id) !== null).length;
  });
  expect(shapes.circles).toBeGreaterThan(10);
  expect(Math.abs(shapes.circles - onScreen)).toBeLessThanOrEqual(onScreen * 0.1 + 2);
  expect(shapes.lines).toBeGreaterThan(10);
  expect(shapes.labels).toContain('Sebastian U. Stich');

  const authors = await exportFile(page, 'Authors \\(CSV\\)');
  expect(authors.name).toMatch(/-authors\.csv$/);
  const text = authors.bytes.toString('utf8');
  expect(text.startsWith('\uFEFFid,name,aliases,papers,papers_total,coauthors,community')).toBe(
    true,
  );
  expect(text.trimEnd().split('\r\n')).toHaveLength(state.visibleAuthors + 1);

  const gexf = await exportFile(page, 'Network \\(GEXF\\)');
  expect(gexf.name).toMatch(/\.gexf$/);
  const nodes = await blank.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      nodes: doc.getElementsByTagName('node').length,
      edges: doc.getElementsByTagName('edge').length,
      positions: doc.getElementsByTagName('viz:position').length,
    };
  }, gexf.bytes.toString('utf8'));
  expect(nodes).toEqual({
    nodes: state.visibleAuthors,
    edges: state.visibleLinks,
    positions: state.visibleAuthors,
  });
});
