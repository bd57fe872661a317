/**
 * Share / Embed: the dialog's link, iframe snippet and element snippet, each pasted into a
 * fresh page, reproduce the state they were taken from.
 */
import { startStaticServer, type StaticServer } from './support/staticServer';
import { APP_ORIGIN, framedState, hostPage, waitForFramedAtlas } from './support/embedding';
import { expect, graph, hookState, owner, test, waitForAtlas } from './fixtures';

let lab: StaticServer;
test.beforeAll(async () => {
  lab = await startStaticServer();
});
test.afterAll(async () => lab.close());

const someone = graph.authors.find((a) => a.id !== owner && a.paperCount >= 3)!;

test('the snippets, pasted into a fresh host page, reproduce the same state', async ({ page }) => {
  await page.goto(`./?author=${someone.id}&hideOwner=1&from=2019&resolution=1.5&theme=dark`);
  await waitForAtlas(page);
  const original = await hookState(page);
  const status = await page.locator('.status').textContent();

  const share = page.getByRole('button', { name: 'Share / Embed' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share / Embed' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByLabel('Link').inputValue();
  const iframe = await dialog.getByLabel('Iframe').inputValue();
  const element = await dialog.getByLabel('Web component').inputValue();
  expect(iframe.startsWith(`<iframe src="${APP_ORIGIN}/?embed=1&amp;`)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  // The iframe snippet.
  lab.pages.set('/iframe.html', hostPage(`<h1>Our network</h1>${iframe}`));
  await page.goto(`${lab.origin}/iframe.html`);
  const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
  await waitForFramedAtlas(frame);
  const framed = await framedState(frame);
  expect(framed).toMatchObject({
    selected: original.selected,
    visibleAuthors: original.visibleAuthors,
    visibleLinks: original.visibleLinks,
    communities: original.communities,
  });
  const inFrame = page.frameLocator('iframe');
  await expect(inFrame.locator('.atlas')).toHaveAttribute('data-theme', 'dark');
  await expect(inFrame.locator('.status')).toHaveText(status!);
  await expect(inFrame.getByRole('heading', { name: someone.name, level: 2 })).toBeVisible();

  // The element snippet.
  lab.pages.set('/element.html', hostPage(`<h1>Our network</h1>${element}`));
  await page.goto(`${lab.origin}/element.html`);
  const atlas = page.locator('coauthor-atlas');
  await expect(atlas.locator('.status')).toHaveText(status!);
  await expect(atlas.locator('.atlas')).toHaveAttribute('data-theme', 'dark');
  await expect(atlas.getByRole('heading', { name: someone.name, level: 2 })).toBeVisible();

  // The link.
  await page.goto(link);
  await waitForAtlas(page);
  expect(await hookState(page)).toMatchObject({
    selected: original.selected,
    visibleAuthors: original.visibleAuthors,
    communities: original.communities,
  });
});
