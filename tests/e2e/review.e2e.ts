/**
 * "Review names" end to end (issue 15): `coauthor-atlas serve` on a copy of the seeds without
 * their alias file; the page finds the review endpoint, and each decision lands in the folder's
 * aliases.json, rebuilds and reloads the map (positions kept by the warm start).
 * Needs the page built (`npx vite build` → dist/, used as the command's app).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, hookState, test, waitForAtlas } from './fixtures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
let work = '';
let inputs = '';
let url = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  expect(existsSync(path.join(REPO, 'dist/index.html')), 'npx vite build first').toBe(true);
  work = mkdtempSync(path.join(os.tmpdir(), 'atlas-review-e2e-'));
  inputs = path.join(work, 'listings');
  mkdirSync(inputs);
  for (const f of readdirSync(path.join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')))
    copyFileSync(path.join(REPO, 'seeds', f), path.join(inputs, f));
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/package/main.ts',
      'serve',
      inputs,
      '--port',
      '0',
      '--out',
      path.join(work, 'site'),
    ],
    { cwd: REPO, env: { ...process.env, ATLAS_APP_DIR: path.join(REPO, 'dist') } },
  );
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found) resolve(found[1]!);
    });
    server!.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

const aliases = () =>
  JSON.parse(readFileSync(path.join(inputs, 'aliases.json'), 'utf8')) as {
    people: Record<string, string[]>;
    distinct: [string, string][];
    papers?: { distinct: [string, string][]; same: [string, string][] };
  };

async function openReview(page: Page) {
  await page.goto(url);
  await waitForAtlas(page);
  await page.getByRole('button', { name: 'Review names' }).click();
  await expect(page.getByRole('heading', { name: 'Review names' })).toBeFocused();
  // The endpoint was found: the page says where decisions go.
  await expect(page.getByTestId('review-names')).toContainText('listings/aliases.json');
}

const authorNames = (page: Page) =>
  page.evaluate(async () => {
    const graph = (await (await fetch('./graph.json', { cache: 'no-store' })).json()) as {
      authors: { name: string }[];
      papers: unknown[];
    };
    return { names: graph.authors.map((a) => a.name), papers: graph.papers.length };
  });

test('Same person joins a likely duplicate, in the alias file and on the map', async ({ page }) => {
  expect(existsSync(path.join(inputs, 'aliases.json'))).toBe(false);
  await openReview(page);
  const before = (await hookState(page)).visibleAuthors;
  const item = page
    .getByTestId('review-person')
    .filter({ hasText: 'Celestine Mendler-Dünner / Celestine Dünner' });
  await expect(item).toContainText('not merged');
  await expect(item).toContainText("surname is part of the other's double surname");
  await expect(item).toContainText(/1 shared coauthor: \S+/);
  await expect(item).toContainText("Celestine Dünner's papers");
  await item.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(REPO, 'docs/review-names.png') });

  await item.getByRole('button', { name: 'Same person' }).click();
  await expect(page.getByTestId('review-announcement')).toContainText('are one person', {
    timeout: 30_000,
  });
  await expect.poll(async () => (await hookState(page)).visibleAuthors).toBe(before - 1);
  expect(aliases().people).toEqual({ 'Celestine Mendler-Dünner': ['Celestine Dünner'] });
  expect((await authorNames(page)).names).not.toContain('Celestine Dünner');
});

test('Split takes a merged spelling off, and it comes back as its own author', async ({ page }) => {
  await openReview(page);
  const before = (await hookState(page)).visibleAuthors;
  expect((await authorNames(page)).names).not.toContain('Sebastian Stich');
  const item = page
    .getByTestId('review-person')
    .filter({ hasText: 'Sebastian U. Stich / Sebastian Stich' });
  await expect(item).toContainText('one adds a middle name');
  await item.getByRole('button', { name: 'Split “Sebastian Stich” off' }).click();
  await expect(page.getByTestId('review-announcement')).toContainText('is split off', {
    timeout: 30_000,
  });
  await expect.poll(async () => (await hookState(page)).visibleAuthors).toBe(before + 1);
  expect((await authorNames(page)).names).toContain('Sebastian Stich');
  expect(aliases().distinct).toContainEqual(['Sebastian U. Stich', 'Sebastian Stich']);
  // The earlier decision is still there.
  expect(aliases().people).toEqual({ 'Celestine Mendler-Dünner': ['Celestine Dünner'] });
});

test('Not the same paper splits a paper merge', async ({ page }) => {
  await openReview(page);
  const { papers } = await authorNames(page);
  const item = page.getByTestId('review-paper').filter({ hasText: 'merged' }).first();
  await item.getByRole('button', { name: 'Not the same paper' }).click();
  await expect(page.getByTestId('review-announcement')).toContainText('are two papers', {
    timeout: 30_000,
  });
  await expect.poll(async () => (await authorNames(page)).papers).toBe(papers + 1);
  expect(aliases().papers?.distinct).toHaveLength(1);
});

test('never in embed mode', async ({ page }) => {
  await page.goto(`${url}?embed=1`);
  await waitForAtlas(page);
  await expect(page.getByRole('button', { name: 'Review names' })).toHaveCount(0);
});
