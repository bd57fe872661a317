import { fold } from '../../src/text/fold';
import {
  authorById,
  expect,
  graph,
  hookState,
  jointPapersOf,
  listedPaperIds,
  owner,
  test,
  waitForAtlas,
} from './fixtures';

/** The one author whose name or an alias contains the word (folded), from the graph file. */
function authorWithWord(word: string) {
  const matches = graph.authors.filter((a) =>
    [a.name, ...a.aliases].some((n) =>
      fold(n)
        .split(/[^a-z0-9]+/)
        .includes(fold(word)),
    ),
  );
  expect(matches, `authors named ${word}`).toHaveLength(1);
  return matches[0]!;
}

test.describe('search', () => {
  for (const query of ['takac', 'Stich']) {
    test(`“${query}” selects the right author`, async ({ page }) => {
      const expected = authorWithWord(query);
      await page.goto('./');
      await waitForAtlas(page);
      const search = page.getByRole('combobox', { name: 'Search authors' });
      await search.fill(query);
      const option = page.getByRole('option').first();
      await expect(option).toContainText(expected.name);
      await search.press('Enter');
      const details = page.getByRole('region', { name: 'Author details' });
      await expect(details.getByRole('heading', { level: 2 })).toHaveText(expected.name);
      expect((await hookState(page)).selected).toBe(expected.id);
      await expect(page).toHaveURL(new RegExp(`author=${expected.id}`));
      // Centred: the author is near the middle of the map.
      await page.waitForTimeout(700);
      const position = await page.evaluate(
        (id) => window.__coauthorAtlas!.nodeViewportPosition(id),
        expected.id,
      );
      const box = (await page.locator('.map').boundingBox())!;
      expect(Math.abs(position!.x - (box.x + box.width / 2))).toBeLessThan(box.width / 4);
      expect(Math.abs(position!.y - (box.y + box.height / 2))).toBeLessThan(box.height / 4);
    });
  }

  test('finds authors by alias and says which spelling matched', async ({ page }) => {
    const author = graph.authors.find((a) => a.aliases.some((x) => fold(x) !== fold(a.name)))!;
    const alias = author.aliases.find((x) => fold(x) !== fold(author.name))!;
    await page.goto('./');
    await waitForAtlas(page);
    await page.getByRole('combobox', { name: 'Search authors' }).fill(alias);
    await expect(page.getByRole('option').first()).toContainText(author.name);
  });
});

test.describe('links to a state', () => {
  const takac = () => authorWithWord('takac');
  /** The author's most frequent coauthor besides the owner. */
  const partnerOf = (id: string) => {
    const counts = new Map<string, number>();
    for (const paper of graph.papers.filter((p) => p.authors.includes(id))) {
      for (const other of paper.authors) {
        if (other !== id && other !== owner) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  };

  test('?author=…&with=… opens the same state as search and “with…”', async ({ page }) => {
    const author = takac();
    const partner = authorById.get(partnerOf(author.id))!;
    // Spelled as a reader would: an alias without diacritics, and a name in lower case.
    const alias = author.aliases.find((a) => fold(a) === fold(author.name)) ?? author.name;
    await page.goto(
      `./?author=${encodeURIComponent(alias)}&with=${encodeURIComponent(partner.name.toLowerCase())}`,
    );
    await waitForAtlas(page);
    const joint = page.getByRole('region', { name: 'Joint papers' });
    await expect(joint.getByRole('heading', { level: 2 })).toHaveText(
      `${author.name} & ${partner.name}`,
    );
    const fromLink = await listedPaperIds(page, joint.getByRole('list'));
    expect(fromLink).toEqual(jointPapersOf(author.id, partner.id).map((p) => p.id));
    expect((await hookState(page)).pair).toEqual([author.id, partner.id]);
    // The address is canonical afterwards: ids, not spellings.
    await expect(page).toHaveURL(new RegExp(`author=${author.id}&with=${partner.id}`));

    // The same state reached through the interface.
    await page.goto('./');
    await waitForAtlas(page);
    await page.getByRole('combobox', { name: 'Search authors' }).fill('takac');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Joint papers with ${partner.name}` }).click();
    expect(
      await listedPaperIds(
        page,
        page.getByRole('region', { name: 'Joint papers' }).getByRole('list'),
      ),
    ).toEqual(fromLink);
  });

  test('unknown names give a visible message, not a crash', async ({ page }) => {
    await page.goto('./?author=Nobody%20McNoname');
    await waitForAtlas(page);
    await expect(page.getByRole('alert')).toContainText('No author named “Nobody McNoname”');
    await expect(page.getByRole('region', { name: 'Author details' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the back button walks through selections', async ({ page }) => {
    const first = takac();
    const second = authorWithWord('stich');
    await page.goto('./');
    await waitForAtlas(page);
    const search = page.getByRole('combobox', { name: 'Search authors' });
    const heading = page
      .getByRole('region', { name: 'Author details' })
      .getByRole('heading', { level: 2 });
    await search.fill('takac');
    await search.press('Enter');
    await expect(heading).toHaveText(first.name);
    await search.fill('stich');
    await search.press('Enter');
    await expect(heading).toHaveText(second.name);

    await page.goBack();
    await expect(heading).toHaveText(first.name);
    expect((await hookState(page)).selected).toBe(first.id);
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Author details' })).toHaveCount(0);
    await page.goForward();
    await expect(heading).toHaveText(first.name);
  });

  test('filters and resolution are in the link', async ({ page }) => {
    await page.goto('./?from=2020&to=2023&minJoint=2&hideOwner=1&resolution=1.5');
    await waitForAtlas(page);
    const state = await hookState(page);
    const inRange = graph.papers.filter((p) => p.year !== null && p.year >= 2020 && p.year <= 2023);
    const pairs = new Map<string, number>();
    for (const paper of inRange) {
      const ids = paper.authors.filter((id) => id !== owner);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = [ids[i], ids[j]].sort().join(' ');
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    const strong = [...pairs.entries()].filter(([, n]) => n >= 2);
    expect(state.visibleLinks).toBe(strong.length);
    expect(state.visibleAuthors).toBe(new Set(strong.flatMap(([key]) => key.split(' '))).size);
    await expect(page.getByLabel('From year')).toHaveValue('2020');
    await expect(page.getByLabel('To year')).toHaveValue('2023');
    await expect(page.getByRole('switch', { name: /Hide owner/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(page.getByLabel('Resolution')).toHaveValue('1.5');
  });
});
