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
