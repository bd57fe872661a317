/**
 * The lab roster on the map: colouring by member / alumnus / external with a key, "lab members
 * only" keeping the internal collaborations, and role and years in the panel. The graph is
 * built from the seeds and the roster fixture by the real build step, then served in place of
 * a graph file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAtlasData } from '../../src/app/data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../../src/app/filters/filters';
import type { GraphFile } from '../../src/model/types';
import { expect, hookState, test, waitForAtlas } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}test-results/roster-graph.json`;

let rosterGraph: string;

test.beforeAll(() => {
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/ingest/main.ts',
      'seeds',
      '--roster',
      'tests/fixtures/roster/lab.csv',
      '--out',
      OUT,
      '--quiet',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  rosterGraph = readFileSync(OUT, 'utf8');
});

test('colours by roster, keeps the lab’s internal links, and shows role and years', async ({
  page,
}) => {
  const file = JSON.parse(rosterGraph) as GraphFile;
  const members = file.authors.filter((a) => a.roster);
  expect(members.length).toBeGreaterThan(2);
  const alumnus = members.find((a) => a.roster!.status === 'alumnus' && a.roster!.from)!;
  const internal = computeVisibleView(buildAtlasData(file), {
    ...DEFAULT_FILTERS,
    internalOnly: true,
  });

  await page.route('**/roster-graph.json', (route) =>
    route.fulfill({ body: rosterGraph, contentType: 'application/json' }),
  );
  await page.goto(`./?data=roster-graph.json&colour=roster&author=${alumnus.id}`);
  await waitForAtlas(page);
  expect((await hookState(page)).colour).toBe('roster');
  const key = page.getByRole('list', { name: 'Roster colours' });
  await expect(key).toContainText('Lab member');
  await expect(key).toContainText('Alumnus');
  await expect(key).toContainText('External collaborator');
  const details = page.getByRole('region', { name: 'Author details' });
  await expect(details.getByTestId('roster-role')).toContainText(alumnus.roster!.role);
  await expect(details.getByTestId('roster-role')).toContainText(String(alumnus.roster!.from));
  await expect(details.getByTestId('roster-role')).toContainText('alumnus');

  await page.getByRole('switch', { name: 'Lab members only' }).click();
  await expect.poll(async () => (await hookState(page)).visibleLinks).toBe(internal.edges.length);
  const shown = await page.evaluate(() => window.__coauthorAtlas!.visibleAuthorIds());
  expect(new Set(shown)).toEqual(new Set(internal.nodes));
  for (const id of shown) expect(members.some((m) => m.id === id)).toBe(true);
  await expect(page).toHaveURL(/internal=1/);
  await expect(page).toHaveURL(/colour=roster/);
});
