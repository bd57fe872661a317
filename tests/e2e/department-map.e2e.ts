/**
 * A department's map, built by our own command from generated listings: all told it is larger
 * than the 64 MB a page once refused to read, so the build writes it split (src/model/split.ts).
 * The page draws it from the main file, and an author's paper shows its abstract, fetched from
 * its detail file only when the paper is opened. It has more links than the map draws by
 * default: it draws its strongest, an author's own links when they are selected, and all of
 * them when asked.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateListings } from '../../src/synth';
import type { DetailFile, DetailsInfo, MainPaper } from '../../src/model/split';
import type { AuthorRecord } from '../../src/model/types';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { colouredPixels, expect, hookState, test } from './fixtures';
import { DRAWN_LINKS_BUDGET } from '../../src/app/filters/drawnLinks';

/** Enough papers that the files add up past the old limit (about 1.7 KB per paper). */
const PAPERS = 45_000;
const OLD_LIMIT = 64 * 1024 * 1024;

let work: string;
let site: StaticServer;
let main: { authors: AuthorRecord[]; papers: MainPaper[]; details: DetailsInfo };

test.beforeAll(async () => {
  test.setTimeout(600_000);
  work = mkdtempSync(path.join(tmpdir(), 'atlas-department-'));
  const listings = path.join(work, 'listings');
  mkdirSync(listings);
  for (const file of generateListings({ papers: PAPERS, seed: 5 }).files)
    writeFileSync(path.join(listings, file.name), file.text);
  const maps = path.join(work, 'maps');
  const build = spawnSync(
    'npm',
    ['run', 'graph', '--', listings, '--out', path.join(maps, 'graph.json'), '--quiet'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  expect(build.status, build.stderr).toBe(0);
  main = JSON.parse(readFileSync(path.join(maps, 'graph.json'), 'utf8')) as typeof main;
  site = await startStaticServer({ folder: maps, prefix: '/maps/', cors: true });
});
test.afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

test('a map larger than the old limit draws from its main file and fetches an abstract when a paper is opened', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const maps = path.join(work, 'maps');
  const files = readdirSync(maps);
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(maps, f)).size, 0);
  expect(bytes).toBeGreaterThan(OLD_LIMIT);
  expect(statSync(path.join(maps, 'graph.json')).size).toBeLessThan(OLD_LIMIT / 2);
  expect(main.details.files.length).toBeGreaterThan(10);

  // Someone with a few papers and a name nobody else has, and one of their abstracts.
  const nameCount = new Map<string, number>();
  for (const a of main.authors) nameCount.set(a.name, (nameCount.get(a.name) ?? 0) + 1);
  const byAuthor = new Map<number, number[]>();
  main.papers.forEach((p, i) => {
    for (const a of p.authors) {
      const list = byAuthor.get(a);
      if (list) list.push(i);
      else byAuthor.set(a, [i]);
    }
  });
  // Each detail file read once, however many of the author's papers it holds.
  const detailFiles = new Map<string, DetailFile>();
  const detailOf = (paper: number): DetailFile => {
    const name = main.details.files[Math.floor(paper / main.details.papersPerFile)]!;
    let file = detailFiles.get(name);
    if (!file) {
      file = JSON.parse(readFileSync(path.join(maps, name), 'utf8')) as DetailFile;
      detailFiles.set(name, file);
    }
    return file;
  };
  const index = main.authors.findIndex(
    (a, i) =>
      !a.owner &&
      nameCount.get(a.name) === 1 &&
      a.paperCount >= 3 &&
      a.paperCount <= 8 &&
      (byAuthor.get(i)?.length ?? 0) === a.paperCount,
  );
  const author = main.authors[index]!;
  const paperIndex = byAuthor.get(index)!.find((p) => {
    const d = detailOf(p);
    const abstract = d.papers[p - d.first]?.abstract;
    return abstract !== undefined && !abstract.includes('$');
  })!;
  const detail = detailOf(paperIndex);
  const abstract = detail.papers[paperIndex - detail.first]!.abstract!;
  const paper = main.papers[paperIndex]!;

  await page.goto(`./?data=${encodeURIComponent(`${site.origin}/maps/graph.json`)}`);
  // The map is up and answers before its clusters are computed (Louvain runs in a worker).
  await page.waitForFunction(() => window.__coauthorAtlas?.state().mapDrawn === true, null, {
    timeout: 240_000,
  });
  // Drawn: the renderer exists first, its frame follows when the browser paints.
  await expect.poll(() => colouredPixels(page), { timeout: 120_000 }).toBeGreaterThan(5000);
  expect(site.requests.filter((p) => p.includes('.details-'))).toEqual([]);
  const notice = page.getByTestId('links-notice');
  await expect(notice).toContainText(/Drawing the [\d,]+ strongest of [\d,]+ links/);
  const { visibleLinks, linkFloor } = await hookState(page);
  const drawnLinks = () => page.evaluate(() => window.__coauthorAtlas!.drawnLinkCount());
  expect(visibleLinks).toBeGreaterThan(DRAWN_LINKS_BUDGET);
  const strongest = await drawnLinks();
  expect(strongest).toBeLessThanOrEqual(DRAWN_LINKS_BUDGET);
  expect(strongest).toBeGreaterThan(DRAWN_LINKS_BUDGET / 10);

  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill(author.name);
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByRole('heading', { name: author.name })).toBeVisible();
  const papers = details.getByRole('list', { name: /^Papers/ });
  await expect(papers.locator('li[data-paper-id]')).toHaveCount(author.paperCount);

  const item = papers.locator(`li[data-paper-id="${paper.id}"]`);
  await item.locator('summary', { hasText: 'Abstract' }).click();
  await expect(item.locator('.abstract')).toHaveText(abstract.replace(/\s+/g, ' ').trim());
  expect(site.requests.filter((p) => p.includes('.details-'))).toContain(
    `/maps/${main.details.files[Math.floor(paperIndex / main.details.papersPerFile)]}`,
  );
  // The selected author's links are drawn, the weak ones the map leaves out included.
  const joint = new Map<number, number>();
  for (const p of main.papers) {
    if (p.linked === false || !p.authors.includes(index)) continue;
    for (const other of new Set(p.authors)) {
      if (other !== index) joint.set(other, (joint.get(other) ?? 0) + 1);
    }
  }
  const weakOwn = [...joint.values()].filter((papers) => papers < linkFloor).length;
  expect(weakOwn).toBeGreaterThan(0);
  await expect.poll(drawnLinks, { timeout: 120_000 }).toBe(strongest + weakOwn);

  // Every link, when asked: in the address too, so a link to this view draws them all.
  await page.keyboard.press('Escape');
  await notice.getByRole('button', { name: 'Draw all' }).click();
  await expect(notice).toBeHidden();
  await expect(page).toHaveURL(/[?&]links=all/);
  await expect.poll(drawnLinks, { timeout: 120_000 }).toBe(visibleLinks);
});
