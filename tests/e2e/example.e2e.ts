/** public/embed-example.html: the example lab page works as its source says. */
import { expect, graph, test } from './fixtures';

test('the example page embeds both ways and drives them', async ({ page }) => {
  await page.goto('./embed-example.html');
  const frameLog = page.locator('#frame-log');
  const elementLog = page.locator('#element-log');
  await expect(frameLog).toContainText('ready');
  await expect(elementLog).toContainText('ready');

  await page.getByRole('button', { name: 'Select the listing owner' }).click();
  await expect(frameLog).toContainText(`author-select {"id":"${graph.owners[0]}"`);
  await expect(page.locator('#atlas-frame')).not.toHaveCSS('height', '480px');

  await page.locator('#element-hide-owner').check();
  await expect(page.locator('#atlas-element .status')).not.toContainText(
    `${graph.authors.length} authors`,
  );
  await page.locator('#element-theme').selectOption('dark');
  await expect(page.locator('#atlas-element .atlas')).toHaveAttribute('data-theme', 'dark');
});
