import type { Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/io/perfMarks';
import { expect, openApp, test } from './fixtures';

/** The drawn map once its first picture is in: each node's position, the camera, and the marks so far. */
const firstPicture = async (page: Page) => {
  await openApp(page);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('mark').map((entry) => entry.name)))
    .toContain(PERF_MARKS.graphDrawn);
  return page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    return {
      positions: cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')] as const),
      zoom: cy.zoom(),
      pan: cy.pan(),
      marks: performance.getEntriesByType('mark').map((entry) => entry.name),
    };
  });
};

test('the bundled map opens on the overview shipped with the build, the same the map works out itself', async ({
  page,
}) => {
  const shipped = await firstPicture(page);
  expect(shipped.marks).toContain(PERF_MARKS.layoutShipped);

  await page.addInitScript(() => {
    window.__chainExplorerComputeOverview = true;
  });
  const computed = await firstPicture(page);
  expect(computed.marks).not.toContain(PERF_MARKS.layoutShipped);

  expect(computed.positions.map(([id]) => id)).toEqual(shipped.positions.map(([id]) => id));
  computed.positions.forEach(([, x, y], index) => {
    const [, shippedX, shippedY] = shipped.positions[index] ?? [];
    expect(x).toBeCloseTo(shippedX ?? NaN, 6);
    expect(y).toBeCloseTo(shippedY ?? NaN, 6);
  });
  expect(computed.zoom).toBeCloseTo(shipped.zoom, 6);
  expect(computed.pan.x).toBeCloseTo(shipped.pan.x, 3);
  expect(computed.pan.y).toBeCloseTo(shipped.pan.y, 3);
});
