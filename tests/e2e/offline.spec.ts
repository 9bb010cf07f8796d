import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, savedOrigin, statusCounts } from './fixtures';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures', name);

// The one spec the service worker may run in (playwright.config.ts blocks it elsewhere); one test at a
// time, as the second redeploys the served service worker.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

/** Resolves once the service worker is active, that is once it has precached the app. */
const serviceWorkerActive = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state ?? null);

const drawnNodeCount = (page: Page) => page.evaluate(() => window.__chainExplorerMap?.cy.nodes().length ?? 0);

test('once opened, the app reloads without network: the bundled map, pinyin search and an applied upload', async ({
  page,
  context,
}) => {
  await openApp(page);
  const bundled = await statusCounts(page);
  expect(await serviceWorkerActive(page)).toMatch(/^activat/);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status')).toContainText(`${bundled.nodes[1]} of ${bundled.nodes[1]} nodes`);
  await expect.poll(() => drawnNodeCount(page)).toBe(bundled.nodes[1]);

  // The pinyin index is a lazy chunk: it comes from the cache too.
  await page.getByRole('combobox', { name: 'Search' }).fill('slyl');
  await expect(page.getByRole('option', { name: /^赛乐/ })).toBeVisible();

  // Still offline: the import worker reads an upload, the dataset is saved, and a reload brings it back.
  await page
    .getByLabel('Import CSV files')
    .setInputFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect.poll(() => savedOrigin(page)).toMatchObject({ kind: 'upload' });
  await page.reload();
  await expect(page.getByRole('status')).toContainText('8 of 8 nodes');
  await expect(page.getByRole('status')).toContainText('9 of 9 edges');
  await expect.poll(() => drawnNodeCount(page)).toBe(8);
});

/** The served build (playwright.config.ts builds it) and its service worker, redeployed by the second test. */
const servedServiceWorker = path.resolve(import.meta.dirname, '../../dist-e2e/sw.js');

test('a new deployment waits for the user: Update available, and Reload (by keyboard) starts it', async ({
  page,
}) => {
  await openApp(page);
  expect(await serviceWorkerActive(page)).toMatch(/^activat/);
  // A returning user: the page is served, and controlled, by the installed service worker.
  await page.reload();
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await page.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));

  // A new deployment, as the browser sees one: the service worker script on the server changes.
  const deployed = readFileSync(servedServiceWorker, 'utf8');
  writeFileSync(servedServiceWorker, `${deployed}\n// the next deployment\n`);
  try {
    await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.update()));
    await expect(page.getByText('Update available')).toBeVisible();
  } finally {
    writeFileSync(servedServiceWorker, deployed);
  }
  // Nothing reloaded under the user's hands: this is still the page it was.
  expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

  await page.getByRole('button', { name: 'Reload', exact: true }).focus();
  const reloaded = page.waitForEvent('load', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await reloaded;
  expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await expect(page.getByText('Update available')).toHaveCount(0);
});
