import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { importFiles } from '../../src/domain/csv/import';
import { applyFilters, defaultFilters, withinNodes } from '../../src/domain/filters';
import { buildAdjacency, khop } from '../../src/domain/graph/neighbourhood';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const nodeRows = readCsv('data/nodes.csv');
const edgeRows = readCsv('data/edges.csv');
const sailer = nodeRows.find((row) => row.id === 'ent-sailer');
const dataFile = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(root, 'data', name))),
});
/** The bundled map as the domain reads it, independently of the app in the page. */
const bundled = importFiles([dataFile('nodes.csv'), dataFile('edges.csv')]).graph;

const layoutRadio = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name });
/** The radios are drawn as segmented buttons: the label is what a user clicks. */
const chooseLayout = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name: 'Layout' }).getByText(name).click();
const detailsHeading = (page: Page) =>
  page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

/** Filters on Type = Enterprise, selects 赛乐 by search and opens its enterprise circle. */
async function makeView(page: Page) {
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Enterprise' }).check();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('赛乐');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await expect(detailsHeading(page)).toHaveText(sailer?.name ?? '');
  await chooseLayout(page, 'Enterprise circle');
}

test('a copied link opened in a fresh browser shows the same view', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await makeView(page);
  const counts = await statusCounts(page);
  // Counted here: the enterprises (the Type filter) in 赛乐's circle at the default depth 1.
  const enterprises = applyFilters(bundled, { ...defaultFilters, types: ['enterprise'] });
  const circle = withinNodes(bundled, enterprises, khop(buildAdjacency(bundled), 'ent-sailer', 1));
  expect(counts.nodes).toEqual([circle.nodeIds.size, nodeRows.length]);
  expect(counts.edges[1]).toBe(edgeRows.length);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('A link to this view is on the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#');

  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  other.on('pageerror', (error) => errors.push(error.message));
  await other.goto(link);
  await expect(other.getByRole('status')).toContainText(`${counts.nodes[0]} of ${counts.nodes[1]} nodes`);
  expect(await statusCounts(other)).toEqual(counts);
  await expect(detailsHeading(other)).toHaveText(sailer?.name ?? '');
  await expect(layoutRadio(other, 'Enterprise circle')).toBeChecked();
  await expect(
    other.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Enterprise' }),
  ).toBeChecked();
  await expect(other.getByText(/could not be restored/)).toHaveCount(0);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('back and forward move between views', async ({ page }) => {
  await openApp(page);
  await chooseLayout(page, 'Chain lanes');
  await expect(page).toHaveURL(/layout=lanes/);
  await chooseLayout(page, 'Enterprise circle');
  await expect(page).toHaveURL(/layout=circle/);

  await page.goBack();
  await expect(layoutRadio(page, 'Chain lanes')).toBeChecked();
  await page.goBack();
  await expect(layoutRadio(page, 'Overview')).toBeChecked();
  await page.goForward();
  await expect(layoutRadio(page, 'Chain lanes')).toBeChecked();
  await page.goForward();
  await expect(layoutRadio(page, 'Enterprise circle')).toBeChecked();
});

test('a reload right after a view change brings back that view', async ({ page }) => {
  await openApp(page);
  await chooseLayout(page, 'Chain lanes');
  // No wait for the address: it takes the view in the same task as the click.
  await page.reload();
  await expect(layoutRadio(page, 'Chain lanes')).toBeChecked();
});

test('a malformed hash is ignored with a notice, and the default view is shown', async ({ page }) => {
  await openApp(page, 'lang=en#layout=lanes&sel=%E0%A4%A');
  await expect(
    page.getByText('the part after # is not a view link, so the default view is shown.'),
  ).toBeVisible();
  const counts = await statusCounts(page);
  expect(counts).toEqual({
    nodes: [nodeRows.length, nodeRows.length],
    edges: [edgeRows.length, edgeRows.length],
  });
  await expect(layoutRadio(page, 'Overview')).toBeChecked();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Select a node');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(/could not be restored/)).toBeHidden();
});

test('a stale link keeps what still fits the map and says what does not', async ({ page }) => {
  await openApp(page, 'lang=en#layout=lanes&sel=ent-gone&sector=chain-gone,chain-dental&depth=9');
  await expect(page.getByText('the selected node or edge is not in this map.')).toBeVisible();
  await expect(page.getByText('a filtered industry chain is not in this map.')).toBeVisible();
  await expect(page.getByText('the depth is not 1, 2 or 3.')).toBeVisible();
  await expect(layoutRadio(page, 'Chain lanes')).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /牙科/ }),
  ).toBeChecked();
  await expect(page).toHaveURL(/#layout=lanes&sector=chain-dental&lang=en$/);
});

test('the language in the link wins, and the copy falls back to a link to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/#lang=zh');
  await expect(page.getByRole('status')).toContainText(/节点 [1-9]\d* \/ \d+/);
  await page.getByRole('button', { name: '复制链接' }).click();
  const link = page.getByRole('textbox', { name: '当前视图的链接' });
  await expect(link).toHaveValue(/#lang=zh$/);
});

test('a tie clicked on the map goes into the address, and the address opens that tie', async ({ page }) => {
  await openApp(page);
  const tie = 'ent-sailer->seg-dental-equipment#membership';
  const middle = await page.evaluate((id) => {
    const cy = window.__chainExplorerMap?.cy;
    const edge = cy?.getElementById(id);
    const box = cy?.container()?.getBoundingClientRect();
    if (!edge || edge.empty() || !box) throw new Error('the tie is not drawn');
    const { x, y } = edge.renderedMidpoint();
    return { x: box.left + x, y: box.top + y };
  }, tie);
  await page.mouse.click(middle.x, middle.y);
  await expect(detailsHeading(page)).toHaveText('Membership');
  await expect(page).toHaveURL(
    new RegExp(`sel=${encodeURIComponent(tie).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );

  // The address alone, in a new page: the same tie picked, in Details and on the map.
  await page.goto('about:blank');
  await page.goto(`/?lang=en#sel=${encodeURIComponent(tie)}`);
  await expect(detailsHeading(page)).toHaveText('Membership');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('→ 设备');
  await expect
    .poll(() =>
      page.evaluate(() => window.__chainExplorerMap?.cy.edges(':selected').map((edge) => edge.id())),
    )
    .toEqual([tie]);
  // Back to no selection: the address follows.
  await page.keyboard.press('Escape');
  await expect(detailsHeading(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
});
