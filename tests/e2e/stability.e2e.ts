/**
 * A rebuilt map (issue 14): the seeds are built, a BibTeX file with one more paper is added
 * beside them and the map rebuilt over the first file, as a lab does. The page offers "New
 * since last build", which dims all but the new paper's people, and badges the new paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphFile } from '../../src/model/types';
import { newPapersBibtex } from '../bench/stabilityRuns';
import { expect, hookState, test, waitForAtlas } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}test-results/rebuilt-graph.json`;
const BIB = `${ROOT}test-results/rebuild-new-paper.bib`;

let rebuilt: string;

function graph(inputs: string[]): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/ingest/main.ts', ...inputs, '--out', OUT, '--quiet'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

test.beforeAll(() => {
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  rmSync(OUT, { force: true });
  graph(['seeds']);
  writeFileSync(BIB, newPapersBibtex(JSON.parse(readFileSync(OUT, 'utf8')) as GraphFile, 1));
  graph(['seeds', BIB]);
  rebuilt = readFileSync(OUT, 'utf8');
});

test('offers "New since last build": dims all but the new paper and badges it', async ({
  page,
}) => {
  const file = JSON.parse(rebuilt) as GraphFile;
  const fresh = file.papers.find((p) => p.new)!;
  const newcomer = file.authors.find((a) => a.new)!;
  expect(fresh.authors).toContain(newcomer.id);

  await page.route('**/rebuilt-graph.json', (route) =>
    route.fulfill({ body: rebuilt, contentType: 'application/json' }),
  );
  await page.goto('./?data=rebuilt-graph.json');
  await waitForAtlas(page);
  expect((await hookState(page)).focused).toBeNull();

  const toggle = page.getByRole('switch', { name: 'New since last build (1 paper, 1 person)' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect.poll(async () => (await hookState(page)).focused).toBe(new Set(fresh.authors).size);

  await page.goto(`./?data=rebuilt-graph.json&author=${newcomer.id}`);
  await waitForAtlas(page);
  const details = page.getByRole('region', { name: 'Author details' });
  const item = details.locator(`[data-paper-id="${fresh.id}"]`);
  await expect(item.locator('.tag.new')).toHaveText('new');
});
