import type { Page } from '@playwright/test';
import { generateDataset } from '../../bench/lib/dataset';
import { showAllS } from './bigMap';
import { test, expect, openApp } from './fixtures';

/**
 * What is written on the fitted chain lanes, as the eye gets it: every overlay name's height on
 * screen, and every node label cytoscape would draw with its size on screen. Null until the lanes
 * are laid out and the camera holds still.
 */
const fittedLanes = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy || cy.animated() || cy.nodes(':animated').length > 0) return null;
    const x = (id: string) => cy.getElementById(id).position('x');
    if (!(x('seg-dental-equipment') < x('seg-dental-treatment'))) return null;
    const map = cy.container()?.getBoundingClientRect();
    const names = [...document.querySelectorAll<SVGTextElement>('.lane-labels text')]
      .filter((text) => getComputedStyle(text).display !== 'none')
      .map((text) => {
        const box = text.getBoundingClientRect();
        const inside =
          !!map &&
          box.left >= map.left &&
          box.right <= map.right &&
          box.top >= map.top &&
          box.bottom <= map.bottom;
        const { left, right, top, bottom } = box;
        return { text: text.textContent, height: box.height, inside, box: { left, right, top, bottom } };
      });
    const zoom = cy.zoom();
    const labels = cy
      .nodes(':visible')
      .map((node) => {
        const onScreen = parseFloat(node.style('font-size')) * zoom;
        const drawn =
          node.data('label') !== '' &&
          Number(node.style('text-opacity')) > 0 &&
          onScreen >= parseFloat(node.style('min-zoomed-font-size'));
        return { id: node.id(), onScreen, drawn };
      })
      .filter((label) => label.drawn);
    return { names, labels };
  });

for (const [width, height] of [
  [390, 844],
  [1280, 720],
  [1440, 900],
] as const) {
  test(`chain lanes at ${width}×${height}: lane, column and segment names readable at fit and apart, node labels only once readable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
    await expect.poll(() => fittedLanes(page)).not.toBeNull();
    const fitted = await fittedLanes(page);
    const names = fitted?.names ?? [];
    // Five chains, the bin, four column heads and the four dental segments, whole and on the map.
    for (const name of [
      '合成生物',
      '牙科',
      '高端智能装备',
      'Not in a chain',
      'Upstream',
      'Downstream',
      '设备',
      '服务',
    ])
      // A narrow column breaks its head at the hyphen: "Up-" over "stream".
      expect(names.map((entry) => entry.text?.replace('-', ''))).toContain(name);
    expect(names).toHaveLength(14);
    for (const [index, name] of names.entries()) {
      expect(name.height, `${name.text} on screen`).toBeGreaterThanOrEqual(12);
      expect(name.inside, `${name.text} inside the map`).toBe(true);
      expect(name.text, 'a name cut short').not.toContain('…');
      for (const other of names.slice(index + 1)) {
        const apart =
          name.box.right <= other.box.left ||
          other.box.right <= name.box.left ||
          name.box.bottom <= other.box.top ||
          other.box.bottom <= name.box.top;
        expect(apart, `${name.text} clear of ${other.text}`).toBe(true);
      }
    }
    for (const label of fitted?.labels ?? [])
      expect(label.onScreen, `label of ${label.id}`).toBeGreaterThanOrEqual(10);
  });
}

test('chain lanes: node labels come back once zoomed in far enough to read them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  await expect.poll(() => fittedLanes(page)).not.toBeNull();
  await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    cy?.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await expect.poll(async () => (await fittedLanes(page))?.labels.length ?? 0).toBeGreaterThan(0);
});

test('chain lanes of a big map (nodes on the node layer): every segment named over its block, no outline', async ({
  page,
}) => {
  await openApp(page);
  await showAllS(page);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  const segments = generateDataset('S')
    .nodesCsv.split('\n')
    .filter((line) => line.split(',')[2] === 'segment').length;
  expect(segments).toBeGreaterThan(10);
  // Each segment's name follows its node on the layer: shown for every segment in a chain's band.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll<SVGTextElement>('.lane-labels .lane-segment')].filter(
            (text) => text.style.display !== 'none' && (text.textContent ?? '') !== '',
          ).length,
      ),
    )
    .toBe(segments);
  await expect(page.locator('.segment-outline')).toHaveCount(0);
});
