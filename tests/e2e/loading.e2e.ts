import { SCHEMA_VERSION } from '../../src/model/types';
import { expect, graph, test } from './fixtures';

test.describe('loading the graph file', () => {
  test('shows a loading state, never a blank page', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graph.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByText('Loading the coauthor graph…')).toBeVisible();
    release();
    await expect(page.getByRole('combobox', { name: 'Search authors' })).toBeVisible();
  });

  test('asks for the graph file once, while the app script is still on its way', async ({
    page,
  }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The app's chunk is held back: the graph request must go out without it.
    let appChunkAsked = false;
    await page.route('**/assets/start-*.js', async (route) => {
      appChunkAsked = true;
      await held;
      await route.continue();
    });
    const graphRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/graph.json'))
        graphRequests.push(request.url());
    });
    const requested = page.waitForRequest('**/graph.json', { timeout: 10_000 });
    await page.goto('./', { waitUntil: 'commit' });
    await requested;
    expect(appChunkAsked, 'the app is a chunk of its own, preloaded').toBe(true);
    release();
    await expect(page.getByRole('combobox', { name: 'Search authors' })).toBeVisible();
    await page.waitForFunction(() => window.__coauthorAtlas?.state().communities !== null);
    expect(graphRequests).toHaveLength(1);
  });

  test.describe(() => {
    // The browser itself logs the failed request.
    test.use({ allowConsoleErrors: [/status of 404/] });

    test('explains a missing file', async ({ page }) => {
      await page.route('**/missing.json', (route) =>
        route.fulfill({ status: 404, body: 'Not found' }),
      );
      await page.goto('./?data=missing.json');
      await expect(page.getByRole('alert')).toContainText('No graph file yet');
      await expect(page.getByRole('alert')).toContainText('missing.json');
    });
  });

  test('explains a malformed file', async ({ page }) => {
    await page.route('**/graph.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...graph, authors: 'oops' }),
      }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The graph file is malformed');
  });

  test('explains a newer file', async ({ page }) => {
    await page.route('**/graph.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...graph, schemaVersion: SCHEMA_VERSION + 1 }),
      }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('newer than this page');
  });

  test('follows the system theme and can switch it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const root = page.locator('.atlas');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await expect(root).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await expect(root).toHaveAttribute('data-theme', 'dark');
  });
});
