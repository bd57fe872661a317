import { buildAtlasData } from '../../src/app/data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS, type Filters } from '../../src/app/filters/filters';
import { detectCommunities } from '../../src/app/communities/louvain';
import { colouredPixels, expect, graph, hookState, test, waitForAtlas } from './fixtures';

const data = buildAtlasData(graph);

/** What the page must show for some filters, computed by the same pure code on the file. */
function expected(filters: Partial<Filters>, resolution = 1) {
  const view = computeVisibleView(data, { ...DEFAULT_FILTERS, ...filters });
  return {
    authors: view.nodes.length,
    links: view.edges.length,
    communities: detectCommunities(view, { resolution }).count,
  };
}

const communityCount = (page: import('@playwright/test').Page) =>
  page.getByTestId('community-count').textContent();

test.describe('filters', () => {
  test('the year range changes what is drawn and the communities', async ({ page }) => {
    await page.goto('./');
    await waitForAtlas(page);
    const before = await hookState(page);
    const all = expected({});
    expect(before).toMatchObject({
      visibleAuthors: all.authors,
      visibleLinks: all.links,
      communities: all.communities,
    });
    const pixelsBefore = await colouredPixels(page);

    const from = data.years!.max - 2;
    await page.getByLabel('From year').fill(String(from));
    const recent = expected({ yearFrom: from });
    await expect.poll(async () => (await hookState(page)).visibleAuthors).toBe(recent.authors);
    await waitForAtlas(page);
    const after = await hookState(page);
    expect(after.visibleLinks).toBe(recent.links);
    expect(after.communities).toBe(recent.communities);
    expect(recent.communities).not.toBe(all.communities);
    await expect.poll(() => communityCount(page)).toBe(`${recent.communities} communities`);
    expect(await colouredPixels(page)).not.toBe(pixelsBefore);
    await expect(page).toHaveURL(new RegExp(`from=${from}`));
  });

  test('hiding the owner removes them and re-runs communities', async ({ page }) => {
    await page.goto('./');
    await waitForAtlas(page);
    const shown = expected({});
    const pixelsBefore = await colouredPixels(page);
    const toggle = page.getByRole('switch', { name: /Hide owner/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    const hidden = expected({ hideOwner: true });
    await expect.poll(async () => (await hookState(page)).visibleAuthors).toBe(hidden.authors);
    await waitForAtlas(page);
    expect(await hookState(page)).toMatchObject({
      visibleLinks: hidden.links,
      communities: hidden.communities,
    });
    expect(hidden.communities).not.toBe(shown.communities);
    await expect.poll(() => communityCount(page)).toBe(`${hidden.communities} communities`);
    expect(await colouredPixels(page)).not.toBe(pixelsBefore);
    // The owner has no position on the map any more.
    expect(
      await page.evaluate(
        (id) => window.__coauthorAtlas!.nodeViewportPosition(id),
        graph.owners[0]!,
      ),
    ).toBeNull();
  });

  test('the minimum joint papers keeps only strong links', async ({ page }) => {
    await page.goto('./?hideOwner=1');
    await waitForAtlas(page);
    await page.getByLabel('Minimum joint papers per link').fill('3');
    const strong = expected({ hideOwner: true, minWeight: 3 });
    await expect.poll(async () => (await hookState(page)).visibleLinks).toBe(strong.links);
    expect((await hookState(page)).visibleAuthors).toBe(strong.authors);
  });

  test('the resolution changes the communities, and the legend highlights one', async ({
    page,
  }) => {
    await page.goto('./?hideOwner=1');
    await waitForAtlas(page);
    await page.getByLabel('Resolution').fill('2.5');
    const fine = expected({ hideOwner: true }, 2.5);
    await expect.poll(async () => (await hookState(page)).communities).toBe(fine.communities);
    await expect(page).toHaveURL(/resolution=2.5/);

    const legend = page.getByRole('complementary', { name: 'Filters and communities' });
    const first = legend.getByRole('list').getByRole('button').first();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'false');
  });
});
