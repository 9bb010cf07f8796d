import type { Page } from '@playwright/test';
import { xuejiaTour } from '../../src/domain/story';
import { test, expect, openApp } from './fixtures';

/** Tabs from the top of the page until `name` has focus; how many Tabs it took. */
const tabTo = async (page: Page, name: string, limit: number): Promise<number> => {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute('aria-label') ?? element?.textContent ?? '';
    });
    if (focused === name) return presses;
  }
  throw new Error(`${name} not reached in ${limit} Tabs`);
};

/** Back to the start of the page: a reload (the address keeps the view, the selection too). */
const fromTheTop = async (page: Page) => {
  await page.reload();
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
};

test('skip links are the first Tab stops: to the map, the filters and the details, landmarks in order', async ({
  page,
}) => {
  await openApp(page);
  // The skip links come first, then the landmarks in reading order, each named.
  const landmarks = await page.evaluate(() =>
    [...document.querySelectorAll('.app > header, .app > nav, .app > aside, .app > main')].map(
      (element) => `${element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? ''}`,
    ),
  );
  expect(landmarks).toEqual([
    'nav:Skip links',
    'header:',
    'aside:Filters and legend',
    'main:',
    'aside:Details and analysis',
  ]);

  await fromTheTop(page);
  expect(await tabTo(page, 'Skip to map', 1)).toBe(1);
  const skipToMap = page.getByRole('button', { name: 'Skip to map' });
  // Shown while it has focus, inside the window and at least 24 px high.
  const box = await skipToMap.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio').first()).toBeFocused();

  await fromTheTop(page);
  expect(await tabTo(page, 'Skip to filters', 2)).toBe(2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Filters and legend' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Name contains' })).toBeFocused();

  // With a node selected, "Open enterprise circle" is a few Tabs away, not 58.
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('赛乐');
  await search.press('Enter');
  await expect(page.getByRole('button', { name: 'Open enterprise circle' })).toBeVisible();
  // The address holds the selection (written a moment later), so the reload keeps it.
  await expect.poll(() => decodeURIComponent(page.url())).toContain('ent-sailer');
  await fromTheTop(page);
  await expect(page.getByRole('button', { name: 'Open enterprise circle' })).toBeVisible();
  expect(await tabTo(page, 'Skip to details', 3)).toBe(3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Details and analysis' })).toBeFocused();
  expect(await tabTo(page, 'Open enterprise circle', 8)).toBeLessThanOrEqual(8);
});

test('after Apply in the import report focus goes to the map, not the page body', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name\na,甲\nb,乙\n') },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\na,b\n') },
  ]);
  const apply = page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' });
  await apply.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('2 of 2 nodes');
  await expect(page.getByRole('main')).toBeFocused();
});

test('presenter mode: when the focused Next or Previous button runs out of steps, focus moves on to a live button', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('p');
  const band = page.getByRole('region', { name: 'Presenter' });
  const next = band.getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeFocused();
  const last = xuejiaTour.steps.length;
  await band.getByRole('button', { name: new RegExp(`^Step ${last - 1}:`) }).click();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(band).toContainText(`${last} / ${last}`);
  await expect(next).toBeDisabled();
  await expect(band.getByRole('button', { name: 'Exit presenter mode' })).toBeFocused();

  await band.getByRole('button', { name: 'Step 2:' }).click();
  const previous = band.getByRole('button', { name: 'Previous', exact: true });
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(band).toContainText(`1 / ${last}`);
  await expect(next).toBeFocused();
});
