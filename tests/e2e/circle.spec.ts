import type { Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** The drawn nodes once nothing moves: how many, and whether each lies wholly inside the map. */
const settledView = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    const nodes = cy.nodes(':visible');
    if (cy.animated() || nodes.toArray().some((node) => node.animated())) return null;
    const inside = nodes.every((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false });
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    return { count: nodes.length, inside };
  });

test('the enterprise circle asks for a node, fits its rings at depth 3 and the status counts what it shows', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Enterprise circle').click();
  const hint = page.getByRole('note').filter({ hasText: 'Select a node' });
  await expect(hint).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Depth' }).fill('3');
  await hint.getByRole('button', { name: 'Search for a node' }).click();
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toBeFocused();
  await search.fill('赛乐');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await expect(hint).toBeHidden();
  const total = (await statusCounts(page)).nodes[1];
  // Every ring on screen, and the status counts the nodes the circle shows.
  await expect
    .poll(async () => {
      const view = await settledView(page);
      const counts = await statusCounts(page);
      return view && view.inside && view.count === counts.nodes[0] && view.count < total;
    })
    .toBe(true);

  await page.getByRole('spinbutton', { name: 'Depth' }).fill('1');
  await expect
    .poll(async () => {
      const view = await settledView(page);
      return view && view.count === (await statusCounts(page)).nodes[0] ? view.count : null;
    })
    .toBeLessThan(total);
  expect((await statusCounts(page)).nodes[1]).toBe(total);
});
