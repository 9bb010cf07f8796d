import { test, expect, openApp } from './fixtures';
import { cyStats, isDrawn, paintedEdgePixels, uploadS } from './bigMap';

test('a map above the level-of-detail threshold opens grouped, and a click drills into a group', async ({
  page,
}) => {
  await openApp(page);
  await uploadS(page);
  const before = await cyStats(page);
  expect(before.nodes).toBeLessThan(200);

  // Tap the biggest group: its members replace it, and the breadcrumb names it.
  await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    const biggest = cy
      ?.nodes('[?isGroup]')
      .sort((a, b) => (b.data('height') as number) - (a.data('height') as number))[0];
    biggest?.emit('tap');
  });
  await expect(
    page
      .getByRole('navigation', { name: /Grouped by chain segment/ })
      .getByRole('button', { name: /^Close / }),
  ).toHaveCount(1);
  await expect.poll(async () => (await cyStats(page)).nodes).toBeGreaterThan(before.nodes);
  // The status line still counts real nodes and edges.
  await expect(page.getByRole('status')).toContainText('1000 of 1000 nodes');

  await page.getByRole('button', { name: 'All groups' }).click();
  await expect.poll(async () => (await cyStats(page)).nodes).toBe(before.nodes);
});

test('a search hit inside a group opens the group and selects the node', async ({ page }) => {
  await openApp(page);
  await uploadS(page);
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('ent-123');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('ent-123');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.__chainExplorerMap?.cy;
        return cy?.getElementById('ent-123').selected() ?? false;
      }),
    )
    .toBe(true);
});

test('Show all draws every element, and Back to groups returns to the groups', async ({ page }) => {
  await openApp(page);
  await uploadS(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect
    .poll(async () => cyStats(page), { timeout: 20_000 })
    .toEqual({ groups: 0, nodes: 1000, edges: 3000, cyEdges: 0 });
  await page.getByRole('button', { name: 'Back to groups' }).click();
  await expect.poll(async () => (await cyStats(page)).groups).toBeGreaterThan(5);
});

test('zooming in on a group with the wheel opens it and brings its members into view', async ({ page }) => {
  await openApp(page);
  await uploadS(page);
  const before = await cyStats(page);
  // The biggest group's spot on the screen.
  const target = await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    const biggest = cy
      ?.nodes('[?isGroup]')
      .sort((a, b) => (b.data('width') as number) - (a.data('width') as number))[0];
    const box = cy?.container()?.getBoundingClientRect();
    if (!biggest || !box) throw new Error('no group drawn');
    return {
      id: biggest.id(),
      x: box.left + biggest.renderedPosition().x,
      y: box.top + biggest.renderedPosition().y,
    };
  });
  await page.mouse.move(target.x, target.y);
  // Wheel steps zoom in around the pointer, so the group stays under it.
  for (let step = 0; step < 8; step += 1) await page.mouse.wheel(0, -200);
  await expect(
    page
      .getByRole('navigation', { name: /Grouped by chain segment/ })
      .getByRole('button', { name: /^Close / }),
  ).toHaveCount(1);
  await expect.poll(async () => (await cyStats(page)).nodes).toBeGreaterThan(before.nodes);
  expect(await isDrawn(page, target.id)).toBe(false);
});

test('the groups’ merged edges are lines on the edge layer, and ] on a group steps through them', async ({
  page,
}) => {
  await openApp(page);
  await uploadS(page);
  // cytoscape draws the groups alone: their merged edges are on the edge layer.
  const stats = await cyStats(page);
  expect(stats.cyEdges).toBe(0);
  expect(stats.edges).toBeGreaterThan(stats.groups);
  await expect.poll(() => paintedEdgePixels(page)).toBeGreaterThan(1000);

  // By keyboard: a group with ties says how many, and ] steps to the first of them.
  const map = page.getByRole('application', { name: 'Industry-chain map' });
  const said = page.getByTestId('map-announcer');
  await map.focus();
  await expect(said).toContainText(/^Group .*\d+ neighbours?$/);
  for (
    let presses = 0;
    presses < 12 && /, 0 neighbours$/.test((await said.textContent()) ?? '');
    presses += 1
  )
    await page.keyboard.press(presses % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
  const count = Number(/(\d+) neighbours?$/.exec((await said.textContent()) ?? '')?.[1] ?? 0);
  expect(count).toBeGreaterThan(0);
  await page.keyboard.press(']');
  await expect(said).toContainText(new RegExp(`^Neighbour 1 of ${count}: `));
});
