/**
 * Hyperauthorship on the page: one paper signed by 3,000 people makes 4.5 million coauthor
 * pairs, which the page once refused as "too large". The file here is written without the
 * build's threshold (as an older build or another tool would write it): the page applies the
 * default itself, draws the map, and the paper stays in its authors' panels.
 */
import type { AuthorRecord, GraphFile, PaperRecord } from '../../src/model/types';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { colouredPixels, expect, graph, listedPaperIds, test, waitForAtlas } from './fixtures';

const CONSORTIUM = 3000;

function consortiumGraph(): GraphFile {
  const xs = graph.authors.map((a) => a.x);
  const ys = graph.authors.map((a) => a.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const centre = { x: Math.max(...xs) + width * 0.6, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const members: AuthorRecord[] = Array.from({ length: CONSORTIUM }, (_, i) => {
    const angle = (2 * Math.PI * i) / CONSORTIUM;
    const r = width * (0.1 + 0.1 * (i % 5));
    return {
      id: `member-${i}`,
      name: `Member ${i}`,
      aliases: [],
      paperCount: i < 2 ? 2 : 1,
      // The two who also wrote the small paper stand apart, where a click finds them.
      x: i < 2 ? centre.x + width * 0.8 : centre.x + Math.cos(angle) * r,
      y: i < 2 ? centre.y + width * 0.3 * i : centre.y + Math.sin(angle) * r,
    };
  });
  const template = graph.papers[0]!;
  const big: PaperRecord = {
    ...template,
    id: 'observation-of-a-new-boson',
    title: 'Observation of a new boson',
    altTitles: [],
    authors: members.map((m) => m.id),
    authorsComplete: true,
  };
  const small: PaperRecord = {
    ...template,
    id: 'calibration-note',
    title: 'A calibration note',
    altTitles: [],
    authors: ['member-0', 'member-1'],
    authorsComplete: true,
  };
  const { maxLinkedAuthors: _, ...file } = { ...graph };
  return {
    ...file,
    authors: [...graph.authors, ...members],
    papers: [...graph.papers, big, small],
  };
}

let lab: StaticServer;

test.beforeAll(async () => {
  lab = await startStaticServer({ cors: true });
  lab.pages.set('/consortium.json', JSON.stringify(consortiumGraph()));
});
test.afterAll(async () => {
  await lab.close();
});

test('a 3,000-author paper neither stops the map nor hides from its authors', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`./?data=${encodeURIComponent(`${lab.origin}/consortium.json`)}`);
  await waitForAtlas(page);
  await expect(page.getByText(/too large/i)).toHaveCount(0);
  expect(await colouredPixels(page)).toBeGreaterThan(0);

  const point = await page.evaluate(() => window.__coauthorAtlas!.nodeClickPoint('member-0'));
  expect(point, 'a clickable point on the member').not.toBeNull();
  await page.mouse.click(point!.x, point!.y);

  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Member 0');
  const papers = details.getByRole('list', { name: /^Papers/ });
  expect(new Set(await listedPaperIds(page, papers))).toEqual(
    new Set(['observation-of-a-new-boson', 'calibration-note']),
  );
  const big = papers.locator('li[data-paper-id="observation-of-a-new-boson"]');
  await expect(big).toContainText('3,000 authors: not counted as collaborations');
  // The byline opens cut (its first ten names, Member 0 among them in bold), whole on request.
  await expect(big.locator('.byline button.person')).toHaveCount(9);
  await big.getByRole('button', { name: 'and 2,990 more' }).click();
  await expect(big.locator('.byline button.person')).toHaveCount(CONSORTIUM - 1);
  // Its only coauthor is the one of the small paper.
  await expect(details.locator('ol.coauthors li')).toHaveCount(1);
});
