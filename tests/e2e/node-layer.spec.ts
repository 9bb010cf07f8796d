import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { showAllS } from './bigMap';

/** Where a node is on the page (CSS pixels), from its spot on the map. */
const onPage = (page: Page, id: string) =>
  page.evaluate((wanted) => {
    const map = window.__chainExplorerMap;
    const node = map?.nodes.get(wanted);
    if (!map || !node) throw new Error(`${wanted} is not drawn`);
    const box = map.cy.container()?.getBoundingClientRect();
    const pan = map.cy.pan();
    const zoom = map.cy.zoom();
    return {
      x: (box?.left ?? 0) + node.position.x * zoom + pan.x,
      y: (box?.top ?? 0) + node.position.y * zoom + pan.y,
    };
  }, id);

const showAll = async (page: Page) => {
  test.slow();
  await openApp(page);
  await showAllS(page);
};

test('a click on a node of a big full-detail map opens its Details, and a click on the ground clears it', async ({
  page,
}) => {
  await showAll(page);
  const details = page.getByRole('region', { name: 'Details' });
  const node = await page.evaluate(() =>
    window.__chainExplorerMap?.nodes.all().find((each) => each.id.startsWith('ent-')),
  );
  if (!node) throw new Error('no enterprise drawn');
  const spot = await onPage(page, node.id);
  await page.mouse.click(spot.x, spot.y);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(node.label);
  // The map's corner is ground (the fit leaves a margin): a click there clears the selection.
  const box = await page.getByRole('application', { name: 'Industry-chain map' }).boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.click(box.x + box.width - 8, box.y + box.height - 8);
  await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('a click on a line of a big full-detail map opens the Details of that tie', async ({ page }) => {
  await showAll(page);
  // Zoomed in, lines stand apart.
  const map = await page.getByRole('application', { name: 'Industry-chain map' }).boundingBox();
  if (!map) throw new Error('no map');
  const zoomNow = () => page.evaluate(() => window.__chainExplorerMap?.cy.zoom() ?? NaN);
  const fitted = await zoomNow();
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  for (let notch = 0; notch < 8; notch += 1) await page.mouse.wheel(0, -100);
  await expect.poll(zoomNow).toBeGreaterThan(fitted * 5);
  // The spot on a line farthest, on screen, from every node and every other line: a click there
  // can only mean that line.
  const chosen = await page.evaluate(() => {
    const map = window.__chainExplorerMap;
    if (!map) throw new Error('map not exposed');
    const zoom = map.cy.zoom();
    const pan = map.cy.pan();
    const box = map.cy.container()?.getBoundingClientRect();
    const at = (id: string) => {
      const node = map.nodes.get(id);
      return node
        ? { x: node.position.x * zoom + pan.x, y: node.position.y * zoom + pan.y, label: node.label }
        : null;
    };
    const lines = map.layerEdges.flatMap((edge) => {
      const a = at(edge.source);
      const b = at(edge.target);
      return a && b ? [{ edge, a, b }] : [];
    });
    const distance = (
      p: { x: number; y: number },
      a: { x: number; y: number },
      b: { x: number; y: number },
    ) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
    };
    // Each node's reach on screen: its half size and a ring's room.
    const nodes = map.nodes
      .all()
      .map((node) => ({ ...(at(node.id) ?? { x: NaN, y: NaN }), reach: (node.radius + 6) * zoom }));
    let best = { clearance: 0, x: 0, y: 0, from: '', to: '' };
    for (const { edge, a, b } of lines)
      for (let t = 0.1; t < 0.95; t += 0.1) {
        const spot = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
        if (spot.x < 20 || spot.y < 80 || spot.x > map.cy.width() - 20 || spot.y > map.cy.height() - 20)
          continue;
        let clearance = Math.min(
          ...nodes.map((node) => Math.hypot(node.x - spot.x, node.y - spot.y) - node.reach),
        );
        for (const other of lines)
          if (other.edge !== edge && clearance > best.clearance)
            clearance = Math.min(clearance, distance(spot, other.a, other.b));
        if (clearance > best.clearance)
          best = {
            clearance,
            x: (box?.left ?? 0) + spot.x,
            y: (box?.top ?? 0) + spot.y,
            from: a.label,
            to: b.label,
          };
      }
    return best;
  });
  expect(chosen.clearance).toBeGreaterThan(8);
  await page.mouse.click(chosen.x, chosen.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(`${chosen.from} → ${chosen.to}`);
  await expect(details.locator('dt')).toContainText(['From', 'To']);
});

test('the keyboard navigator moves over a big full-detail map and Enter opens Details', async ({ page }) => {
  await showAll(page);
  const map = page.getByRole('application', { name: 'Industry-chain map' });
  const said = page.getByTestId('map-announcer');
  await map.focus();
  await expect(said).toContainText(/\d+ neighbours?/);
  const first = await said.textContent();
  // Away from the first node, on to one with neighbours to step through (some generated nodes have none).
  const moved = async () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'])
      for (let press = 0; press < 6; press++) {
        await page.keyboard.press(key);
        const text = (await said.textContent()) ?? '';
        if (text !== first && /\b[1-9]\d* neighbours?/.test(text)) return;
      }
  };
  await moved();
  await expect(said).not.toHaveText(first ?? '');
  await expect(said).toContainText(/\b[1-9]\d* neighbours?/);
  const name = ((await said.textContent()) ?? '').split(', ')[0] ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    name,
  );
  // `]` steps to a neighbour, read out with the tie to the node it came from.
  await page.keyboard.press(']');
  await expect(said).toContainText(/^Neighbour 1 of \d+: /);
  await expect(said).toContainText(name);
});

test('a node of a big full-detail map follows a drag and stays where it is dropped', async ({ page }) => {
  await showAll(page);
  const node = await page.evaluate(() =>
    window.__chainExplorerMap?.nodes.all().find((each) => each.id.startsWith('ent-')),
  );
  if (!node) throw new Error('no enterprise drawn');
  const from = await onPage(page, node.id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1) await page.mouse.move(from.x + step * 12, from.y + step * 8);
  await page.mouse.up();
  // The node follows the pointer (the map does not pan under it) and stays there once dropped.
  // (The mouse moves by whole pixels: within one of them.)
  await expect
    .poll(async () => {
      const at = await onPage(page, node.id);
      return Math.max(Math.abs(at.x - (from.x + 60)), Math.abs(at.y - (from.y + 40)));
    })
    .toBeLessThan(1);
});
