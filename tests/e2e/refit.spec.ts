import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/** The camera once it holds still, and where the drawn nodes' centre lies on the map (0..1 each way). */
const settledCamera = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    if (cy.animated()) return null;
    const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    return {
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      centre: { x: (box.x1 + box.x2) / 2 / cy.width(), y: (box.y1 + box.y2) / 2 / cy.height() },
    };
  });

/** Drags the map by its background, near its lower left corner; the camera once it holds still. */
const dragBackground = async (page: Page) => {
  const map = await page.evaluate(() => {
    const box = window.__chainExplorerMap?.cy.container()?.getBoundingClientRect();
    if (!box) throw new Error('no map');
    return { x: box.left, y: box.top, height: box.height };
  });
  await page.mouse.move(map.x + 30, map.y + map.height - 30);
  await page.mouse.down();
  await page.mouse.move(map.x + 130, map.y + map.height - 80, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => settledCamera(page)).not.toBeNull();
  return settledCamera(page);
};

test('a filter in Hide mode brings what is left into view, unless the user moved the map since', async ({
  page,
}) => {
  await openApp(page);
  await expect.poll(() => settledCamera(page)).not.toBeNull();
  const start = await settledCamera(page);
  const sector = page.getByRole('group', { name: 'Sector' });
  await sector.getByRole('checkbox', { name: '新能源' }).check();
  await expect(page.getByRole('status')).toContainText(/^3 of \d+ nodes/);
  // Fitted: closer in than the whole map, and the nodes left in the middle of the map.
  await expect
    .poll(async () => {
      const camera = await settledCamera(page);
      return (
        camera !== null &&
        camera.zoom > (start?.zoom ?? Infinity) * 1.2 &&
        Math.abs(camera.centre.x - 0.5) < 0.15 &&
        Math.abs(camera.centre.y - 0.55) < 0.15
      );
    })
    .toBe(true);

  // The user drags the map by its background: the next filter change leaves the camera where they put it.
  const moved = await dragBackground(page);
  await sector.getByRole('checkbox', { name: '牙科' }).check();
  await expect(page.getByRole('status')).toContainText(/^9 of \d+ nodes/);
  const after = await settledCamera(page);
  expect(after?.zoom).toBeCloseTo(moved?.zoom ?? 0, 5);
  expect(after?.pan.x).toBeCloseTo(moved?.pan.x ?? 0, 1);
});

test('after presenter mode gives the map back, a filter in Hide mode still brings what is left into view', async ({
  page,
}) => {
  await openApp(page);
  await expect.poll(() => settledCamera(page)).not.toBeNull();
  const start = await settledCamera(page);
  await page.keyboard.press('p');
  const exit = page.getByRole('button', { name: 'Exit presenter mode' });
  await expect(exit).toBeVisible();
  await exit.click();
  await expect(exit).toBeHidden();
  // The map's own fit comes back, framed for the map's own room, not the presenter's.
  await expect
    .poll(async () => {
      const camera = await settledCamera(page);
      return camera !== null && Math.abs(camera.zoom / (start?.zoom ?? 1) - 1) < 0.05;
    })
    .toBe(true);
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '新能源' }).check();
  await expect(page.getByRole('status')).toContainText(/^3 of \d+ nodes/);
  await expect
    .poll(async () => {
      const camera = await settledCamera(page);
      return camera !== null && camera.zoom > (start?.zoom ?? Infinity) * 1.2;
    })
    .toBe(true);

  // A camera the user moved comes back exactly where they left it.
  const moved = await dragBackground(page);
  await page.keyboard.press('p');
  await expect(exit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exit).toBeHidden();
  await expect
    .poll(async () => {
      const camera = await settledCamera(page);
      return (
        camera !== null &&
        Math.abs(camera.zoom - (moved?.zoom ?? 0)) < 1e-6 &&
        Math.abs(camera.pan.x - (moved?.pan.x ?? 0)) < 0.5 &&
        Math.abs(camera.pan.y - (moved?.pan.y ?? 0)) < 0.5
      );
    })
    .toBe(true);
});
