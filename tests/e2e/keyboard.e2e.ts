import type { Page } from '@playwright/test';
import { fold } from '../../src/text/fold';
import {
  expect,
  graph,
  hookState,
  jointPapersOf,
  listedPaperIds,
  test,
  waitForAtlas,
} from './fixtures';

/** Presses Tab until the focused element matches, like a keyboard user would. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (source) => new Function('element', `return (${source})(element)`)(document.activeElement),
      matches.toString(),
    );
    if (found) return;
  }
  throw new Error('focus never reached the target');
}

test('keyboard only: search, select, open joint papers, close', async ({ page }) => {
  const stich = graph.authors.find((a) => fold(a.name).includes('stich'))!;
  await page.goto('./');
  await waitForAtlas(page);

  await tabTo(page, (element) => element.getAttribute('role') === 'combobox');
  await page.keyboard.type('stich');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');

  const details = page.getByRole('region', { name: 'Author details' });
  const heading = details.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(stich.name);
  await expect(heading).toBeFocused();

  // Moving to a coauthor from the panel keeps focus in the panel, on the new heading.
  await tabTo(page, (element) => element.matches('ol.coauthors button.name'));
  const coauthorName = await page.evaluate(() => document.activeElement!.textContent!.trim());
  const coauthor = graph.authors.find((a) => a.name === coauthorName)!;
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(coauthor.name);
  await expect(heading).toBeFocused();

  await tabTo(page, (element) =>
    (element.getAttribute('aria-label') ?? '').startsWith('Joint papers with'),
  );
  const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!);
  const partner = graph.authors.find((a) => label === `Joint papers with ${a.name}`)!;
  await page.keyboard.press('Enter');

  const joint = page.getByRole('region', { name: 'Joint papers' });
  await expect(joint.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await listedPaperIds(page, joint.getByRole('list'))).toEqual(
    jointPapersOf(coauthor.id, partner.id).map((p) => p.id),
  );

  // Escape closes the joint papers and gives focus back to the button that opened them.
  await page.keyboard.press('Escape');
  await expect(joint).toHaveCount(0);
  await expect(page.getByRole('button', { name: label })).toBeFocused();

  // Escape again closes the details; focus returns to the search.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Search authors' })).toBeFocused();
});

test('keyboard only: the map pans, zooms and fits', async ({ page }) => {
  await page.goto('./');
  await waitForAtlas(page);
  await tabTo(page, (element) => element.getAttribute('aria-label') === 'Coauthor map');
  const ratio = async () => (await hookState(page)).cameraRatio ?? Number.NaN;
  const start = await ratio();
  await page.keyboard.press('+');
  await expect.poll(ratio).toBeLessThan(start);
  await page.keyboard.press('0');
  await expect.poll(ratio).toBeCloseTo(start, 5);
  await page.keyboard.press('-');
  await expect.poll(ratio).toBeGreaterThan(start);
});

test('keyboard only: the list view opens the same details', async ({ page }) => {
  await page.goto('./');
  await waitForAtlas(page);
  await tabTo(page, (element) => element.textContent?.trim() === 'List');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // Sorted by papers, most first: the first row is the most prolific author.
  const top = [...graph.authors].sort(
    (a, b) => b.paperCount - a.paperCount || a.name.localeCompare(b.name),
  )[0]!;
  const firstName = table.getByRole('rowheader').first();
  await expect(firstName).toHaveText(top.name);
  await tabTo(page, (element) => element.textContent?.trim() === 'Author');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /Author/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const names = await table.getByRole('rowheader').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));

  await tabTo(page, (element) => element.classList.contains('name'));
  const name = await page.evaluate(() => document.activeElement!.textContent!.trim());
  await page.keyboard.press('Enter');
  const heading = page
    .getByRole('region', { name: 'Author details' })
    .getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/view=list/);
});
