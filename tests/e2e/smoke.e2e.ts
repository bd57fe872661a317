import { expect, test } from '@playwright/test';

test('the built page loads the seed graph without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const graphResponse = page.waitForResponse((response) => response.url().endsWith('graph.json'));
  await page.goto('./');
  expect((await graphResponse).status()).toBe(200);
  await expect(page).toHaveTitle(/Coauthor Atlas/);
  expect(errors).toEqual([]);
});
