import type { Page } from '@playwright/test';
import { generateDataset } from '../../bench/lib/dataset';
import { expect } from './fixtures';

/**
 * What the map draws: groups, all nodes and edges (groups included, in cytoscape or on the node and
 * edge layers), and the edges that are cytoscape elements (thousands are drawn on the edge layer).
 */
export const cyStats = (page: Page) =>
  page.evaluate(() => {
    const map = window.__chainExplorerMap;
    if (!map) throw new Error('map not exposed');
    const { cy } = map;
    return {
      groups: cy.nodes('[?isGroup]').length,
      nodes: map.drawnNodeCount.all,
      edges: map.drawnEdgeCount,
      cyEdges: cy.edges().length,
    };
  });

/** Pixels the edge layer has painted (alpha > 0). */
export const paintedEdgePixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.edge-layer');
    const context = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !context) return -1;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted += 1;
    return painted;
  });

/** Whether the map draws an element with this id (in cytoscape or on the node layer). */
export const isDrawn = (page: Page, id: string) =>
  page.evaluate((wanted) => {
    const map = window.__chainExplorerMap;
    if (!map) throw new Error('map not exposed');
    return map.cy.getElementById(wanted).nonempty() || map.nodes.get(wanted) !== null;
  }, id);

/** Uploads the generated S dataset (1000 nodes, 3000 edges: above the level-of-detail threshold) and waits for its groups. */
export const uploadS = async (page: Page) => {
  const { nodesCsv, edgesCsv } = generateDataset('S');
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesCsv) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edgesCsv) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('1000 of 1000 nodes');
  await expect(page.getByRole('status')).toContainText('3000 of 3000 edges');
  await expect.poll(async () => (await cyStats(page)).groups).toBeGreaterThan(5);
};

/**
 * The S map in full detail ("Show all": its nodes on the node layer, its edges on the edge layer,
 * cytoscape holding none of them), once nothing moves.
 */
export const showAllS = async (page: Page) => {
  await uploadS(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect
    .poll(async () => cyStats(page), { timeout: 20_000 })
    .toEqual({ groups: 0, nodes: 1000, edges: 3000, cyEdges: 0 });
  await expect.poll(() => page.evaluate(() => window.__chainExplorerMap?.drawnNodeCount.layer)).toBe(1000);
  // Show all draws the nodes where they stay (around their groups): wait until nothing moves.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const map = window.__chainExplorerMap;
          const { started, settled } = map?.layoutRuns ?? { started: 0, settled: -1 };
          return started === settled && map?.cy.animated() === false;
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
};
