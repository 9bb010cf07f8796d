import type { Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

/**
 * The Analysis panel's code arrives as its own file; served instead as a panel that throws while it
 * draws (until the page says otherwise), it fails inside that panel only, as a bug in it would.
 */
const breakAnalysisPanel = (page: Page, message: string) =>
  page.route('**/assets/AnalysisPanel-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export const AnalysisPanel = () => {
        if (window.panelBroken !== false) throw new Error(${JSON.stringify(message)});
        return null;
      };`,
    }),
  );

test('a failing panel shows what failed and reloads, and the rest keeps working', async ({ page }) => {
  await breakAnalysisPanel(page, 'panel broken on purpose');
  await openApp(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Analysis stopped working' });
  await expect(failure).toContainText('panel broken on purpose');

  // The rest works: a filter changes the map's counts, and Details opens.
  const before = await statusCounts(page);
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Enterprise' }).check();
  await expect.poll(async () => (await statusCounts(page)).nodes[0]).toBeLessThan(before.nodes[0]);
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');

  // Once the fault is gone, Reload panel draws the panel again.
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await expect(failure).toBeVisible();
  await page.evaluate(() => Object.assign(window, { panelBroken: false }));
  await page.getByRole('button', { name: 'Reload panel' }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reload panel' })).toHaveCount(0);
});

test('the failure and the button are named in Chinese too', async ({ page }) => {
  await breakAnalysisPanel(page, '故意');
  await page.goto('/?lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]\d* \/ \d+/);
  await page.getByRole('tab', { name: '分析' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '“分析”出错' })).toContainText('故意');
  await expect(page.getByRole('button', { name: '重新载入面板' })).toBeVisible();
});
