import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { paintedEdgePixels, showAllS } from './bigMap';

const showAll = async (page: Page) => {
  test.slow();
  await openApp(page);
  await showAllS(page);
};

test('thousands of edges are painted on the edge layer, and hidden with the elements a filter hides', async ({
  page,
}) => {
  await showAll(page);
  await expect.poll(() => paintedEdgePixels(page)).toBeGreaterThan(5000);
  const everything = await paintedEdgePixels(page);
  // One chain only, the rest hidden: its edges go with it.
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').first().check();
  await expect.poll(() => paintedEdgePixels(page)).toBeLessThan(everything * 0.8);
});

test('a PNG of a map whose edges are on the edge layer holds the edges too', async ({ page }) => {
  await showAll(page);
  // The same view drawn by cytoscape alone (it holds none of a big view) and by the map's export
  // (the layers' edges and nodes): the pixels where they differ are the drawing.
  const pixels = await page.evaluate(async () => {
    const map = window.__chainExplorerMap;
    if (!map) throw new Error('map not exposed');
    const read = async (blob: Blob) => {
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const nodesOnly = await read(
      await map.cy.png({ output: 'blob-promise', full: false, scale: 1, bg: '#ffffff' }),
    );
    const exported = await read((await map.png({ scale: 1, full: false })).blob);
    let differing = 0;
    for (let index = 0; index < nodesOnly.length; index += 4) {
      const change =
        Math.abs((nodesOnly[index] ?? 0) - (exported[index] ?? 0)) +
        Math.abs((nodesOnly[index + 1] ?? 0) - (exported[index + 1] ?? 0));
      if (change > 24) differing += 1;
    }
    return { total: nodesOnly.length / 4, differing, sameSize: nodesOnly.length === exported.length };
  });
  expect(pixels.sameSize).toBe(true);
  // Three thousand edges leave thousands of pixels; a nodes-only export would leave none.
  expect(pixels.differing).toBeGreaterThan(3000);
});
