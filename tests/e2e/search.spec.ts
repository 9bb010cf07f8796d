import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const SAILER = '赛乐(常州)医疗科技股份有限公司';

/** The map's zoom and where the given node sits on screen, read from cytoscape. */
const view = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    const at = cy.getElementById(nodeId).renderedPosition();
    return { zoom: cy.zoom(), x: at.x, y: at.y, width: cy.width(), height: cy.height() };
  }, id);

test('the search box shows the selected node wherever it was selected; Enter zooms to it again; Esc leaves the box', async ({
  page,
}) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('赛乐');
  await box.press('Enter');
  await expect(box).toHaveValue(SAILER);

  // Selected from the table: the box follows.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Nodes' });
  const row = grid.locator('[role="row"][data-id="uni-njnu"]');
  await row.click();
  const njnu = (await row.getByRole('gridcell').first().textContent()) ?? '';
  expect(njnu).not.toBe('');
  await expect(box).toHaveValue(njnu);
  await page.getByRole('button', { name: 'Table', exact: true }).click();

  // Zoomed away, Enter in the box brings the selected node back to the middle, zoomed in.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(async () => (await view(page, 'uni-njnu')).zoom).toBeLessThan(1.2);
  const before = await view(page, 'uni-njnu');
  await box.focus();
  await box.press('Enter');
  await expect
    .poll(async () => {
      const now = await view(page, 'uni-njnu');
      return (
        now.zoom > before.zoom &&
        Math.abs(now.x - now.width / 2) < now.width / 4 &&
        Math.abs(now.y - now.height / 2) < now.height / 4
      );
    })
    .toBe(true);

  // Esc with nothing typed leaves the box and keeps the selection.
  await box.press('Escape');
  await expect(box).not.toBeFocused();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    njnu,
  );
});
