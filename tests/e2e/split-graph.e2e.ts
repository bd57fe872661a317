/**
 * A graph file split for the page (src/model/split.ts): the map draws from the main file
 * alone, and a paper's abstract is read from its detail file beside it when it is opened.
 */
import { splitGraph } from '../../src/model/split';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { expect, graph, owner, papersOf, test, waitForAtlas } from './fixtures';

let lab: StaticServer;
const requested: string[] = [];

test.beforeAll(async () => {
  lab = await startStaticServer({ cors: true });
  // 40 papers per detail file, so the seeds make several.
  const { main, details } = splitGraph(graph, 'graph.json', 40);
  lab.pages.set('/maps/graph.json', JSON.stringify(main));
  for (const d of details) lab.pages.set(`/maps/${d.name}`, JSON.stringify(d.file));
});
test.afterAll(async () => {
  await lab.close();
});

test("a split graph draws from its main file and reads an abstract when it's opened", async ({
  page,
}) => {
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`./?data=${encodeURIComponent(`${lab.origin}/maps/graph.json`)}`);
  await waitForAtlas(page);
  expect(requested.filter((p) => p.includes('.details-'))).toEqual([]);

  const author = [...graph.authors]
    .filter((a) => a.id !== owner)
    .sort((a, b) => b.paperCount - a.paperCount)[0]!;
  const point = await page.evaluate((id) => window.__coauthorAtlas!.nodeClickPoint(id), author.id);
  await page.mouse.click(point!.x, point!.y);
  const details = page.getByRole('region', { name: 'Author details' });
  const papers = details.getByRole('list', { name: /^Papers/ });
  await expect(papers.locator('li[data-paper-id]')).toHaveCount(papersOf(author.id).length);

  const paper = papersOf(author.id).find((p) => p.abstract && !p.abstract.includes('$'))!;
  const item = papers.locator(`li[data-paper-id="${paper.id}"]`);
  await item.locator('summary', { hasText: 'Abstract' }).click();
  await expect(item.locator('.abstract')).toHaveText(paper.abstract!.replace(/\s+/g, ' ').trim());
  const index = graph.papers.indexOf(paper);
  expect(requested.filter((p) => p.includes('.details-'))).toEqual([
    `/maps/graph.details-${Math.floor(index / 40)}.json`,
  ]);
});
