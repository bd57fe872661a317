/**
 * The built page's Content-Security-Policy: what it allows (no eval, no inline script), and
 * that the page's ordinary flows never trip it: the map, search, KaTeX with its fonts, the
 * Louvain worker, the list view, the Share dialog, the embed example page. (Chromium also logs
 * every violation as a console error, so every other e2e test fails on one too.)
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { DIST } from './support/embedding';
import { guardPage } from './support/guard';
import { authorById, expect, graph, hookState, test, waitForAtlas } from './fixtures';

/** The policy a served page declares in its `<meta http-equiv>`, as directive → sources. */
async function servedPolicy(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(content, `${path} declares a policy`).not.toBeNull();
  const directives = new Map(
    content![1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
  return { html, directives };
}

test('the page and the embed example forbid eval and inline script', async ({ request }) => {
  for (const path of ['./', './embed-example.html', './rebuild-graph.html']) {
    const { html, directives } = await servedPolicy(request, path);
    const scripts = directives.get('script-src') ?? directives.get('default-src')!;
    expect(scripts, path).toEqual(["'self'"]);
    expect([...directives.values()].flat(), path).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    expect(directives.get('require-trusted-types-for'), path).toEqual(["'script'"]);
    // Every script of the page is a file.
    expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  }
  // The bundle has no eval-like code the policy would have to allow.
  const assets = readFileSync(`${DIST}index.html`, 'utf8').match(/assets\/[\w.-]+\.js/g) ?? [];
  for (const asset of assets) {
    expect(readFileSync(`${DIST}${asset}`, 'utf8'), asset).not.toMatch(/\bnew Function\(|\beval\(/);
  }
});

test('ordinary use of the page raises no policy violation', async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto('./');
  await waitForAtlas(page);

  // An author whose abstracts have math: KaTeX's lazy chunk, its stylesheet and its fonts.
  const paper = graph.papers.find((p) => p.abstract?.includes('$'))!;
  const author = authorById.get(paper.authors.find((id) => !authorById.get(id)!.owner)!)!;
  const search = page.getByRole('combobox', { name: 'Search authors' });
  await search.fill(author.name);
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Author details' });
  const item = details.locator(`li[data-paper-id="${paper.id}"]`);
  await item.locator('summary', { hasText: 'Abstract' }).click();
  await expect(item.locator('.katex').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);

  // Hiding the owner re-runs Louvain in its worker.
  const before = (await hookState(page)).communities;
  await page.goto('./?hideOwner=1');
  await waitForAtlas(page);
  expect((await hookState(page)).communities).not.toBe(before);

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByRole('dialog', { name: 'Share / Embed' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Theme:/ }).click();

  await page.goto('./embed-example.html');
  await expect(page.locator('#frame-log')).toContainText('ready');
  await expect(page.locator('#element-log')).toContainText('ready');
  await page.getByRole('button', { name: 'Hide the owner' }).click();

  expect(guard.dialogs).toEqual([]);
  expect(await guard.incidents()).toEqual([]);
});

test.describe(() => {
  test.use({ allowConsoleErrors: [/Content Security Policy|Trusted(Script|HTML)/] });

  test('the policy blocks inline script, and the guard the other tests use sees it', async ({
    page,
  }) => {
    const guard = await guardPage(page);
    await page.goto('./');
    await waitForAtlas(page);
    const thrown = await page.evaluate(() => {
      const errors: string[] = [];
      // Trusted Types refuse the plain strings; the text node slips past the sink, and the
      // script is still never run (neither Trusted Types nor script-src let it).
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__ran = true';
      } catch (error) {
        errors.push(String(error));
      }
      script.append(document.createTextNode('window.__ran = true'));
      document.body.append(script);
      const image = document.createElement('img');
      try {
        image.setAttribute('onerror', 'window.__ran = true');
      } catch (error) {
        errors.push(String(error));
      }
      image.src = 'data:,x';
      document.body.append(image);
      return errors;
    });
    expect(thrown.every((error) => /TypeError/.test(error))).toBe(true);
    await expect.poll(async () => (await guard.incidents()).length).toBeGreaterThanOrEqual(2);
    for (const incident of await guard.incidents()) {
      expect(incident).toMatch(/^CSP (script-src-elem|script-src-attr|require-trusted-types-for) /);
    }
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran ?? false)).toBe(false);
    const before = (await guard.incidents()).length;
    await page.evaluate(() => alert('control'));
    expect(guard.dialogs).toEqual(['alert: control']);
    await expect.poll(async () => (await guard.incidents()).length).toBe(before + 1);
    expect((await guard.incidents()).at(-1)).toMatch(/^alert\(control\)/);
  });
});
