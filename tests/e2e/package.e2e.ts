/**
 * The installable package as a user gets it: `npm pack` (its prepack builds the app and the
 * command), the tarball installed into an empty folder outside the repository, then
 * `npx coauthor-atlas build` / `serve` there, and a Hugo and a Jekyll site built with the real
 * `hugo` and `jekyll` under a sub-path: each page must show the map, drawn.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { colouredPixelsIn, framedState, waitForFramedAtlas } from './support/embedding';
import { startStaticServer } from './support/staticServer';
import { expect, hookState, test, waitForAtlas } from './fixtures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = path.join(REPO, 'tests/fixtures');
let work = '';
let project = '';
const timings: Record<string, number> = {};

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });
}

function timed<T>(name: string, work: () => T): T {
  const started = Date.now();
  try {
    return work();
  } finally {
    timings[name] = Date.now() - started;
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(path.join(os.tmpdir(), 'atlas-package-'));
  // The tarball exactly as `npm publish` would upload it (prepack builds dist-app/ and dist-cli/).
  const packed = timed('npm pack', () =>
    run('npm', ['pack', '--json', '--pack-destination', work], REPO),
  );
  const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as {
    filename: string;
    size: number;
    files: { path: string }[];
  }[];
  const names = info!.files.map((f) => f.path);
  expect(names).toContain('dist-cli/coauthor-atlas.js');
  expect(names).toContain('dist-app/index.html');
  expect(names).toContain('dist-app/coauthor-atlas.js');
  expect(names).toContain('types/element.d.ts');
  expect(names.filter((n) => n.startsWith('src/') || n.endsWith('graph.json'))).toEqual([]);

  project = path.join(work, 'project');
  cpSync(path.join(FIXTURES, 'bibtex/lab.bib'), path.join(project, 'lab.bib'));
  writeFileSync(path.join(project, 'package.json'), '{ "private": true }\n');
  timed('npm install', () =>
    run('npm', ['install', '--prefer-offline', path.join(work, info!.filename)], project),
  );
  // The installed package is only its tarball and its dependencies: no devDependency there.
  expect(existsSync(path.join(project, 'node_modules/vite'))).toBe(false);
  expect(existsSync(path.join(project, 'node_modules/tsx'))).toBe(false);
  expect(existsSync(path.join(project, 'node_modules/svelte'))).toBe(false);
});

test.afterAll(() => {
  console.log(`package timings (ms): ${JSON.stringify(timings)}`);
  if (work) rmSync(work, { recursive: true, force: true });
});

async function expectMapIn(page: Page, target: string, minimum: number): Promise<void> {
  await expect.poll(() => colouredPixelsIn(page, page.locator(target))).toBeGreaterThan(minimum);
}

test('npx coauthor-atlas build writes a site; serve shows it and rebuilds on a change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const out = timed('build', () =>
    run('npx', ['coauthor-atlas', 'build', 'lab.bib', '--out', 'site', '--quiet'], project),
  );
  expect(out).toBe('');
  for (const file of [
    'index.html',
    'graph.json',
    'coauthor-atlas.js',
    'rebuild-graph.html',
    'embed-example.html',
  ])
    expect(existsSync(path.join(project, 'site', file)), file).toBe(true);

  const server: ChildProcess = spawn('npx', ['coauthor-atlas', 'serve', 'lab.bib', '--port', '0'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(() => /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1], { timeout: 30_000 })
      .toBeTruthy();
    const url = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
    await page.goto(url);
    await waitForAtlas(page);
    expect((await hookState(page)).visibleAuthors).toBeGreaterThan(5);
    await expectMapIn(page, '.map', 500);

    const papers = async () =>
      ((await (await fetch(`${url}graph.json`)).json()) as { papers: unknown[] }).papers.length;
    const before = await papers();
    appendFileSync(
      path.join(project, 'lab.bib'),
      '\n@article{new2024,\n  title = {A Paper Added While Serving},\n  author = {Doe, Jane and Newcomer, Nia},\n  journal = {Journal of Tests},\n  year = 2024\n}\n',
    );
    await expect.poll(papers, { timeout: 20_000 }).toBe(before + 1);
    expect(output).toContain('Rebuilt');
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
});

/** Serves a generated site's output under /lab/ and opens `page` there: the map in its iframe. */
async function expectFramedMap(
  page: Page,
  folder: string,
  pagePath: string,
  author: string,
  name: string,
) {
  const server = await startStaticServer({ folder, prefix: '/lab/' });
  try {
    await page.goto(`${server.origin}/lab/${pagePath}`);
    const iframe = page.locator('iframe.coauthor-atlas');
    await expect(iframe).toBeVisible();
    const frame = page.frame({ url: /\/lab\/[^?]*coauthor-atlas\/\?embed=1/ });
    expect(frame, 'the iframe loads the map under the sub-path').not.toBeNull();
    await waitForFramedAtlas(frame!);
    expect((await framedState(frame!)).selected).toBe(author);
    await iframe.scrollIntoViewIfNeeded();
    await expectMapIn(page, 'iframe.coauthor-atlas', 500);
    expect(server.requests.filter((p) => !p.startsWith('/lab/'))).toEqual([]);
    await page.screenshot({
      path: `test-results/screenshots/package-${name}.png`,
    });
  } finally {
    await server.close();
  }
}

test('a Hugo site: build --site hugo, the shortcode, the real hugo under a baseURL sub-path', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const site = path.join(work, 'hugo-site');
  cpSync(path.join(FIXTURES, 'sites/hugo'), site, { recursive: true });
  const said = timed('build --site hugo', () =>
    run('npx', ['coauthor-atlas', 'build', '--site', 'hugo', site], project),
  );
  expect(said).toContain('owner Jane Doe');
  expect(existsSync(path.join(site, 'static/coauthor-atlas/graph.json'))).toBe(true);
  expect(existsSync(path.join(site, 'layouts/shortcodes/coauthor-atlas.html'))).toBe(true);
  timed('hugo', () => run('hugo', ['--source', site, '--destination', 'public', '--quiet'], site));
  const html = readFileSync(path.join(site, 'public/network/index.html'), 'utf8');
  expect(html).toMatch(
    /<iframe class="coauthor-atlas" src="\/lab\/coauthor-atlas\/\?embed=1&amp;author=Jane&#43;Doe"/,
  );
  await expectFramedMap(page, path.join(site, 'public'), 'network/', 'jane-doe', 'hugo');
});

test('a Jekyll site: build --site jekyll from its coauthor-atlas.json, the include, the real jekyll under baseurl', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const site = path.join(work, 'jekyll-site');
  cpSync(path.join(FIXTURES, 'sites/jekyll'), site, { recursive: true });
  // No flags: the site's coauthor-atlas.json says "site": "jekyll" and the embed defaults.
  timed('build (jekyll config)', () =>
    run(
      'npx',
      ['coauthor-atlas', 'build', '--config', path.join(site, 'coauthor-atlas.json')],
      project,
    ),
  );
  expect(existsSync(path.join(site, 'assets/coauthor-atlas/graph.json'))).toBe(true);
  timed('jekyll', () =>
    run(
      'jekyll',
      ['build', '--quiet', '--source', site, '--destination', path.join(site, '_site')],
      site,
    ),
  );
  const html = readFileSync(path.join(site, '_site/network.html'), 'utf8');
  expect(html).toContain(
    'src="/lab/assets/coauthor-atlas/?embed=1&amp;author=Jane+Doe&amp;theme=light"',
  );
  expect(html).toContain('title="Jekyll lab coauthors"');
  expect(readFileSync(path.join(site, 'assets/coauthor-atlas/index.html'), 'utf8')).toContain(
    '<title>Jekyll lab coauthors</title>',
  );
  await expectFramedMap(page, path.join(site, '_site'), 'network.html', 'jane-doe', 'jekyll');
});
