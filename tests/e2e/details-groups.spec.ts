import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { cyStats, isDrawn, uploadS } from './bigMap';

/** The first chain, its upstream segment and an enterprise in it, in the generated dataset (bench/lib/dataset.ts). */
const CHAIN = '新能源汽车产业链';
const SEGMENT = '新能源汽车·原材料';
const MEMBER = 'ent-011';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: /Grouped by chain segment/ });

test('the Details panel lists the groups of a grouped map, opens one on the map and closes it again', async ({
  page,
}) => {
  await openApp(page);
  await uploadS(page);
  const before = await cyStats(page);
  const panel = details(page);
  await expect(panel.getByRole('heading', { name: 'Groups on the map' })).toBeVisible();
  await expect(panel).toContainText(`${before.groups} groups · 1000 nodes · 0 open`);

  // Eight chains: their lists start folded, and the chain's heading button unfolds one, from the keyboard too.
  const chain = panel.getByRole('button', { name: new RegExp(`^${CHAIN}`) });
  await expect(chain).toHaveAttribute('aria-expanded', 'false');
  const open = panel.getByRole('button', { name: `Open group ${SEGMENT}` });
  await expect(open).toBeHidden();
  await chain.focus();
  await page.keyboard.press('Enter');
  await expect(chain).toHaveAttribute('aria-expanded', 'true');

  // The button's row: the list item it sits in.
  const row = open.locator('xpath=..');
  const members = Number(/(\d+) nodes/.exec((await row.textContent()) ?? '')?.[1]);
  expect(members).toBeGreaterThan(1);
  await open.click();

  // The map draws the segment's members in place of its group, and the breadcrumb names it.
  await expect.poll(async () => (await cyStats(page)).nodes).toBe(before.nodes - 1 + members);
  expect(await isDrawn(page, 'agg:seg:seg-01-1')).toBe(false);
  expect(await isDrawn(page, 'seg-01-1')).toBe(true);
  await expect(breadcrumb(page).getByRole('button', { name: `Close ${SEGMENT}` })).toBeVisible();
  await expect(panel).toContainText('1 open');

  await panel.getByRole('button', { name: `Close group ${SEGMENT}` }).click();
  await expect.poll(async () => cyStats(page)).toEqual(before);
  expect(await isDrawn(page, 'agg:seg:seg-01-1')).toBe(true);
  await expect(breadcrumb(page).getByRole('button', { name: /^Close / })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: `Open group ${SEGMENT}` })).toBeVisible();

  // A group outside the chains is named in the breadcrumb as in the list, not by its id.
  await panel.getByRole('button', { name: 'Open group Universities' }).click();
  await expect(breadcrumb(page).getByRole('button', { name: 'Close Universities' })).toBeVisible();
});

test('a selected node names its group; closing the group from Details takes the panel back to the groups', async ({
  page,
}) => {
  await openApp(page);
  await uploadS(page);
  const before = await cyStats(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(MEMBER);
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('Enter');

  const panel = details(page);
  const membership = panel.getByRole('region', { name: 'Group on the map' });
  await expect(membership).toContainText(SEGMENT);
  await expect(membership).toContainText('Open on the map');
  await expect.poll(() => isDrawn(page, MEMBER)).toBe(true);
  await expect(breadcrumb(page).getByRole('button', { name: `Close ${SEGMENT}` })).toBeVisible();

  const close = membership.getByRole('button', { name: `Close group ${SEGMENT}` });
  await close.click();
  // Its button gone with the node's details, focus goes to the groups' heading rather than the page.
  await expect(panel.getByRole('heading', { name: 'Groups on the map' })).toBeFocused();
  await expect.poll(async () => cyStats(page)).toEqual(before);
  expect(await isDrawn(page, MEMBER)).toBe(false);
  await expect(breadcrumb(page).getByRole('button', { name: /^Close / })).toHaveCount(0);
});
