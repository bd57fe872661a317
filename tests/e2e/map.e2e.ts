import {
  jointPapersOf,
  owner,
  papersOf,
  SCREENSHOTS,
  test,
  expect,
  graph,
  waitForAtlas,
  hookState,
  listedPaperIds,
  colouredPixels,
  authorById,
  firstClickableLink,
} from './fixtures';

test.describe('the map', () => {
  test('renders the whole graph with coloured nodes', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0, {
      timeout: 15_000,
    });
    await waitForAtlas(page);
    const state = await hookState(page);
    expect(state.visibleAuthors).toBe(graph.authors.length);
    expect(await colouredPixels(page)).toBeGreaterThan(2_000);
    await expect(
      page.getByRole('status').filter({ hasText: `${graph.authors.length} authors` }),
    ).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/default-view.png` });
  });

  test('clicking a node opens its details with exactly its papers', async ({ page }) => {
    await page.goto('./');
    await waitForAtlas(page);
    // The most prolific coauthor: a large node, and a long list to compare.
    const author = [...graph.authors]
      .filter((a) => a.id !== owner)
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    const point = await page.evaluate(
      (id) => window.__coauthorAtlas!.nodeClickPoint(id),
      author.id,
    );
    expect(point, 'a clickable point on the node').not.toBeNull();
    await page.mouse.click(point!.x, point!.y);

    const details = page.getByRole('region', { name: 'Author details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(author.name);
    const papers = details.getByRole('list', { name: /^Papers/ });
    const expected = papersOf(author.id);
    await expect(papers.locator('li[data-paper-id]')).toHaveCount(expected.length);
    expect(await listedPaperIds(page, papers)).toEqual(expected.map((p) => p.id));
    // Titles as written in the file (no math in this author's titles, or rendered equivalently).
    const firstTitle = expected[0]!.title;
    if (!firstTitle.includes('$')) {
      await expect(papers.locator('li').first().locator('.title')).toHaveText(firstTitle);
    }
    await expect(details.getByText(`Also listed as ${author.aliases.join(', ')}`)).toHaveCount(
      author.aliases.length > 0 ? 1 : 0,
    );
    await page.waitForTimeout(600); // camera and highlight settle
    await page.screenshot({ path: `${SCREENSHOTS}/selection.png` });

    // Its coauthors, ordered by joint papers.
    const coauthors = details.locator('ol.coauthors li');
    const firstCoauthor = await coauthors.first().getAttribute('data-author-id');
    const counts = new Map<string, number>();
    for (const paper of papersOf(author.id)) {
      for (const other of paper.authors) {
        if (other !== author.id) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    const best = Math.max(...counts.values());
    expect(counts.get(firstCoauthor!)).toBe(best);

    // Clicking a coauthor in the panel moves the selection.
    const other = [...counts.keys()].find((id) => id !== owner)!;
    await details.locator(`li[data-author-id="${other}"] button.name`).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(
      authorById.get(other)!.name,
    );
    expect((await hookState(page)).selected).toBe(other);
  });

  test('hovering a node highlights it and its coauthors, and dims the rest', async ({ page }) => {
    await page.goto('./?hideOwner=1');
    await waitForAtlas(page);
    const author = [...graph.authors]
      .filter((a) => a.id !== owner)
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    const coauthors = new Set(
      papersOf(author.id).flatMap((p) => p.authors.filter((id) => id !== owner)),
    );
    const before = await colouredPixels(page);
    const point = await page.evaluate(
      (id) => window.__coauthorAtlas!.nodeClickPoint(id),
      author.id,
    );
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(async () => (await hookState(page)).hovered).toBe(author.id);
    expect((await hookState(page)).focused).toBe(coauthors.size);
    // Everyone else turns grey: far fewer coloured pixels.
    await expect.poll(() => colouredPixels(page)).toBeLessThan(before * 0.8);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await hookState(page)).hovered).toBeNull();
    expect((await hookState(page)).focused).toBeNull();
  });

  test('clicking a link opens exactly the joint papers of the pair', async ({ page }) => {
    await page.goto('./');
    await waitForAtlas(page);
    // Links between two coauthors (not the owner), strongest first, until one is clickable.
    const pairs = new Map<string, [string, string, number]>();
    for (const paper of graph.papers) {
      const others = paper.authors.filter((id) => id !== owner);
      for (let i = 0; i < others.length; i++) {
        for (let j = i + 1; j < others.length; j++) {
          const [a, b] = [others[i]!, others[j]!].sort();
          const key = `${a} ${b}`;
          pairs.set(key, [a!, b!, (pairs.get(key)?.[2] ?? 0) + 1]);
        }
      }
    }
    const candidates = [...pairs.values()]
      .sort((x, y) => y[2] - x[2])
      .map(([a, b]): [string, string] => [a, b]);
    const link = await firstClickableLink(page, candidates);
    expect(link, 'some link has a clear point to click').not.toBeNull();
    const { pair, point } = link!;
    const [a, b] = pair;
    // Hovering says what the link stands for before the click.
    await page.mouse.move(point.x, point.y);
    const count = jointPapersOf(a, b).length;
    await expect(page.locator('.tooltip')).toContainText(
      `${count} joint paper${count === 1 ? '' : 's'}`,
    );
    await page.mouse.click(point.x, point.y);

    const joint = page.getByRole('region', { name: 'Joint papers' });
    await expect(joint).toBeVisible();
    const state = await hookState(page);
    expect(new Set(state.pair)).toEqual(new Set([a, b]));
    const expected = jointPapersOf(a, b);
    expect(expected.length).toBeGreaterThan(0);
    const list = joint.getByRole('list');
    await expect(list.locator('li[data-paper-id]')).toHaveCount(expected.length);
    expect(await listedPaperIds(page, list)).toEqual(expected.map((p) => p.id));
  });

  test('the “with…” button lists exactly the joint papers', async ({ page }) => {
    const author = graph.authors.find((x) => x.id !== owner && x.paperCount >= 5)!;
    await page.goto(`./?author=${encodeURIComponent(author.id)}`);
    await waitForAtlas(page);
    const details = page.getByRole('region', { name: 'Author details' });
    const row = details.locator('ol.coauthors li').nth(1);
    const other = (await row.getAttribute('data-author-id'))!;
    await row.getByRole('button', { name: /^Joint papers with/ }).click();

    const joint = page.getByRole('region', { name: 'Joint papers' });
    await expect(joint.getByRole('heading', { level: 2 })).toHaveText(
      `${author.name} & ${authorById.get(other)!.name}`,
    );
    const expected = jointPapersOf(author.id, other);
    expect(await listedPaperIds(page, joint.getByRole('list'))).toEqual(expected.map((p) => p.id));
    await expect(page).toHaveURL(new RegExp(`with=${other}`));

    // Closing returns to the author.
    await joint.getByRole('button', { name: 'Close joint papers' }).click();
    await expect(joint).toHaveCount(0);
    await expect(details).toBeVisible();
  });

  test('typesets LaTeX in abstracts with KaTeX, loaded on demand', async ({ page }) => {
    const paper = graph.papers.find((p) =>
      /\$\\textbf\{|\$\\mathcal|\$O\(/.test(p.abstract ?? ''),
    )!;
    expect(paper).toBeDefined();
    const author = paper.authors.find((id) => id !== owner)!;
    await page.goto(`./?author=${encodeURIComponent(author)}`);
    await waitForAtlas(page);
    const item = page.locator(`li[data-paper-id="${paper.id}"]`);
    await expect(item.locator('.abstract')).toHaveCount(0);
    await item.getByText('Abstract', { exact: true }).click();
    await expect(item.locator('.abstract .katex').first()).toBeVisible();
    // No markup from the listing: the abstract's text (outside math) is there as text.
    const plain = (paper.abstract ?? '').split('$')[0]!.trim().slice(0, 40);
    await expect(item.locator('.abstract')).toContainText(plain);
  });
});
