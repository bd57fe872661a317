/**
 * Exploring further: the collaboration path (from a link and from the author panel, with the
 * keyboard), the ego network, and the timeline. Expected values come from the same pure code
 * run on the graph file.
 */
import { buildAtlasData, findPair } from '../../src/app/data/atlasData';
import { egoNodes } from '../../src/app/ego/ego';
import { computeVisibleView, DEFAULT_FILTERS } from '../../src/app/filters/filters';
import { strongestPath } from '../../src/app/path/path';
import { filtersAtYear } from '../../src/app/timeline/timeline';
import { authorById, expect, graph, hookState, test, waitForAtlas } from './fixtures';

const data = buildAtlasData(graph);
const withoutOwner = computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true });
const name = (id: string) => authorById.get(id)!.name;

/** The pair of seed authors joined by the longest strongest path once the owner is hidden. */
function longestPath() {
  const [from] = withoutOwner.nodes;
  let best = { to: '', nodes: [] as string[] };
  for (const to of withoutOwner.nodes) {
    const path = strongestPath(withoutOwner, from!, to);
    if (path.kind === 'found' && path.nodes.length > best.nodes.length)
      best = { to, nodes: path.nodes };
  }
  return { from: from!, ...best };
}

test.describe('collaboration path', () => {
  test('a link shows the path between two seed authors, step by step with their papers', async ({
    page,
  }) => {
    const { from, to, nodes } = longestPath();
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    await page.goto(`./?author=${from}&path=${to}&hideOwner=1`);
    await waitForAtlas(page);
    expect((await hookState(page)).path).toEqual(nodes);

    const panel = page.getByRole('region', { name: 'Collaboration path' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      `${name(from)} → ${name(to)}`,
    );
    const chain = panel.getByLabel('People on the path');
    for (const id of nodes) await expect(chain).toContainText(name(id));
    await expect(panel).toContainText('The listing owner is hidden');
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      const list = panel.getByRole('list', { name: `Joint papers of ${name(a)} and ${name(b)}` });
      await expect(list.locator('li[data-paper-id]')).toHaveCount(
        findPair(data, a, b)!.papers.length,
      );
    }
    // The path is drawn: its authors stand out, everyone else is dimmed.
    expect((await hookState(page)).focused).toBe(nodes.length);
  });

  test('from the author panel with the keyboard, and "not connected" when filters cut it', async ({
    page,
  }) => {
    const from = 'anastasia-koloskova';
    const to = 'martin-takac';
    await page.goto(`./?author=${from}&hideOwner=1`);
    await waitForAtlas(page);
    const picker = page.getByRole('combobox', { name: `How is ${name(from)} connected to…` });
    await picker.focus();
    await page.keyboard.type('takac');
    await expect(page.getByRole('option').first()).toContainText(name(to));
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Collaboration path' });
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const expected = strongestPath(withoutOwner, from, to);
    expect(expected.kind).toBe('found');
    await expect
      .poll(async () => (await hookState(page)).path)
      .toEqual(expected.kind === 'found' ? expected.nodes : null);
    await expect(page).toHaveURL(new RegExp(`path=${to}`));

    // Years before the two ever met cut every chain between them.
    const cut = filtersAtYear({ ...DEFAULT_FILTERS, hideOwner: true }, 2018);
    expect(strongestPath(computeVisibleView(data, cut), from, to).kind).not.toBe('found');
    await page.getByLabel('To year').fill('2018');
    await expect(panel.getByRole('status')).toContainText('not');
    await expect(panel).toContainText('only papers from');
    await panel.getByRole('button', { name: 'All years' }).click();
    await expect(panel.getByLabel('People on the path')).toContainText(name(to));

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/path=/);
  });
});

test.describe('ego network', () => {
  test('shows exactly the author’s neighbourhood, then the whole map again', async ({ page }) => {
    const centre = 'sebastian-u-stich';
    await page.goto(`./?author=${centre}&hideOwner=1&ego=1`);
    await waitForAtlas(page);
    const expected = egoNodes(withoutOwner, centre, 1)!;
    const shown = await page.evaluate(() => window.__coauthorAtlas!.visibleAuthorIds());
    expect(new Set(shown)).toEqual(expected);
    expect(expected.size).toBe(1 + withoutOwner.neighbours.get(centre)!.size);
    await expect(page.getByText(`Ego network of ${name(centre)}`)).toBeVisible();

    await page.getByRole('radio', { name: '2 steps' }).click();
    await expect
      .poll(async () => (await hookState(page)).visibleAuthors)
      .toBe(egoNodes(withoutOwner, centre, 2)!.size);
    await expect(page).toHaveURL(/ego=2/);
    await page.getByRole('button', { name: 'Whole map', exact: true }).click();
    await expect
      .poll(async () => (await hookState(page)).visibleAuthors)
      .toBe(withoutOwner.nodes.length);
  });
});

test.describe('timeline', () => {
  test('an early year shows fewer authors, positions stay, and play/pause/step work', async ({
    page,
  }) => {
    const years = data.years!;
    const early = years.min + 6;
    const expectedEarly = computeVisibleView(data, filtersAtYear(DEFAULT_FILTERS, early));
    await page.goto('./');
    await waitForAtlas(page);
    const owner = graph.owners[0]!;
    const before = await page.evaluate(
      (id) => window.__coauthorAtlas!.nodeViewportPosition(id),
      owner,
    );
    const all = (await hookState(page)).visibleAuthors;

    await page.goto(`./?year=${early}`);
    await waitForAtlas(page);
    const state = await hookState(page);
    expect(state.visibleAuthors).toBe(expectedEarly.nodes.length);
    expect(state.visibleAuthors).toBeLessThan(all);
    const after = await page.evaluate(
      (id) => window.__coauthorAtlas!.nodeViewportPosition(id),
      owner,
    );
    expect(after).toEqual(before);
    await expect(page.getByTestId('timeline-year')).toHaveText(`Up to ${early}`);

    await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page.getByTestId('timeline-year')).toHaveText(`Up to ${early + 1}`);
    // Played from the year before the last, it shows the last year and stops there.
    await page.goto(`./?year=${years.max - 1}`);
    await waitForAtlas(page);
    await page.getByRole('button', { name: 'Play the timeline year by year' }).click();
    await expect(page.getByRole('button', { name: 'Pause the timeline' })).toBeVisible();
    await expect(page.getByTestId('timeline-year')).toHaveText(`Up to ${years.max}`);
    await expect(page.getByRole('button', { name: 'Play the timeline year by year' })).toBeVisible({
      timeout: 4000,
    });
    expect((await hookState(page)).year).toBe(years.max);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(async () => (await hookState(page)).visibleAuthors).toBe(all);
  });

  test('new collaborators of the selected author in a year are listed and highlighted', async ({
    page,
  }) => {
    const id = 'sebastian-u-stich';
    await page.goto(`./?author=${id}&hideOwner=1`);
    await waitForAtlas(page);
    const panel = page.getByRole('region', { name: 'Author details' });
    const years = panel.getByRole('group', { name: /Years with new collaborators/ });
    const first = years.getByRole('button').first();
    const year = Number((await first.textContent())!.trim().split(' ')[0]);
    await first.click();
    const state = await hookState(page);
    expect(state.year).toBe(year);
    expect(state.newCollaborators.length).toBeGreaterThan(0);
    for (const other of state.newCollaborators) {
      await expect(panel.getByTestId('new-collaborators')).toContainText(name(other));
    }
  });
});
