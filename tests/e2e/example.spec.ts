import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp, statusCounts } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const rows = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const exampleNodes = rows('data/example/nodes.csv');
const exampleEdges = rows('data/example/edges.csv');
const bundledNodes = rows('data/nodes.csv');
const nameOf = (id: string) => exampleNodes.find((row) => row.id === id)?.name ?? id;
const DATED = String.raw`\d{4}-\d{2}-\d{2}`;

const openExample = async (page: Page): Promise<void> => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open example' }).click();
  await expect(page.getByRole('status')).toContainText('fictional example');
};

const pickNode = async (analysis: Locator, label: string, name: string) => {
  await analysis.getByRole('combobox', { name: label, exact: true }).fill(name);
  const options = analysis.getByRole('listbox', { name: label, exact: true }).getByRole('option');
  await options.filter({ has: analysis.page().getByText(name, { exact: true }) }).click();
};

const openSection = async (analysis: Locator, title: string): Promise<Locator> => {
  const button = analysis.getByRole('button', { name: title, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return analysis.getByRole('region', { name: title, exact: true });
};

test('Open example shows the fictional map, says so in the top bar and the status, and Undo brings the bundled map back', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('status')).not.toContainText('fictional');
  await openExample(page);
  const counts = await statusCounts(page);
  expect(counts.nodes).toEqual([exampleNodes.length, exampleNodes.length]);
  expect(counts.edges).toEqual([exampleEdges.length, exampleEdges.length]);
  await expect(page.getByRole('banner')).toContainText('Fictional example');
  // Every name in the example says it is one.
  expect(exampleNodes.filter((row) => !(row.name ?? '').startsWith('示例·'))).toEqual([]);
  expect(exampleNodes.filter((row) => !(row.name_en ?? '').startsWith('Example '))).toEqual([]);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status')).not.toContainText('fictional');
  expect((await statusCounts(page)).nodes).toEqual([bundledNodes.length, bundledNodes.length]);
});

test('on the example every Analysis section has something to show', async ({ page }) => {
  await openExample(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis', exact: true });

  const paths = await openSection(analysis, 'Paths');
  await pickNode(paths, 'From', nameOf('x-uni-tech'));
  await pickNode(paths, 'To', nameOf('x-factory'));
  const hops = paths.getByRole('list', { name: 'Hops' }).getByRole('listitem');
  await expect(hops.first()).toContainText(nameOf('x-uni-tech'));
  await expect(hops.last()).toContainText(nameOf('x-factory'));
  await paths.getByRole('radio', { name: 'Supply only' }).check();
  await pickNode(paths, 'From', nameOf('x-cell-a'));
  await expect(hops.last()).toContainText(nameOf('x-factory'));

  const supply = await openSection(analysis, 'Upstream / downstream');
  await pickNode(supply, 'Node', nameOf('x-cell-a'));
  await expect(supply.getByRole('region', { name: 'Upstream · suppliers' })).toContainText(
    /Level 1: \d+ \([1-9]\d* local, [1-9]\d* outside\)/,
  );
  await expect(supply.getByRole('region', { name: 'Downstream · customers' })).toContainText(
    /Level 1: [1-9]/,
  );

  const gaps = await openSection(analysis, 'Chain gap board');
  for (const chain of ['x-chain-bat', 'x-chain-eq']) {
    const card = gaps.getByRole('article', { name: new RegExp(nameOf(chain)) });
    await expect(card).toContainText('Missing');
    await expect(card).toContainText('Weak');
    await expect(card).toContainText('Strong');
  }
  await expect(gaps).toContainText(/Local supply rate \d+%: [1-9]\d* of \d+ supply ties/);
  await expect(gaps).toContainText('relies solely on');

  const attraction = await openSection(analysis, 'Attraction shortlist');
  const segments = attraction.getByRole('combobox', { name: 'Segment to fill' });
  await expect(segments.getByRole('option')).not.toHaveCount(0);
  await expect(attraction.getByRole('list', { name: 'Candidates' }).getByRole('listitem')).not.toHaveCount(0);

  const key = await openSection(analysis, 'Key enterprises');
  await expect(key.getByRole('table').getByRole('row')).not.toHaveCount(0);
  await expect(key.getByRole('table')).toContainText('示例·');

  const communities = await openSection(analysis, 'Communities');
  await expect(communities).toContainText(/[2-9]\d* communities/);

  const summary = await openSection(analysis, 'Network summary');
  await expect(summary).toContainText(String(exampleEdges.length));
});

test('every export of the example says it is fictional: file names, and a marker on the pictures', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const save = async (button: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path()) ?? '', 'utf8') };
  };
  const nodes = await save('Export nodes CSV');
  expect(nodes.name).toMatch(new RegExp(`^fictional-example-nodes-${DATED}\\.csv$`));
  expect(nodes.text).toContain('fictional example data');
  expect((await save('Export edges CSV')).name).toMatch(
    new RegExp(`^fictional-example-edges-${DATED}\\.csv$`),
  );
  const svg = await save('Export SVG');
  expect(svg.name).toMatch(new RegExp(`^fictional-example-map-${DATED}\\.svg$`));
  expect(svg.text).toContain('Fictional example — invented data');
  expect((await save('Export PNG')).name).toMatch(new RegExp(`^fictional-example-map-${DATED}\\.png$`));
});

test('paths over all relations list the one along supply first and say which hop of another runs against it', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const paths = await openSection(page.getByRole('region', { name: 'Analysis', exact: true }), 'Paths');
  // 丁电芯 reaches 甲隔膜 in three hops two ways: through its customer 甲电池包 and the park, or
  // through its segment and 甲电芯, a customer of 甲隔膜 (x-sep-a → x-cell-a is a supply row).
  expect(exampleEdges).toContainEqual(
    expect.objectContaining({ source: 'x-sep-a', target: 'x-cell-a', relation: 'supply' }),
  );
  await pickNode(paths, 'From', nameOf('x-cell-d'));
  await pickNode(paths, 'To', nameOf('x-sep-a'));
  const tabs = paths.getByRole('group', { name: 'Paths found' }).getByRole('button');
  await expect(tabs).toHaveCount(3);
  await expect(tabs.first()).toHaveAccessibleName('Path 1: 3 hops');
  await expect(paths.getByText('Runs against supply', { exact: false })).toHaveCount(0);
  await expect(tabs.nth(1)).toHaveAccessibleName('Path 2: 3 hops, 1 against supply');
  await tabs.nth(1).click();
  await expect(paths.getByText('Runs against supply', { exact: false })).toContainText(
    `hop 3 (${nameOf('x-cell-a')} → ${nameOf('x-sep-a')})`,
  );
  const hops = paths.getByRole('list', { name: 'Hops' }).getByRole('listitem');
  await expect(hops.nth(2)).toContainText(nameOf('x-cell-a'));
  await expect(hops.nth(2)).toContainText('(against supply)');
  await expect(hops.filter({ hasText: '(against supply)' })).toHaveCount(1);
});

test('each community names three members and opens the rest from a button named for it, by keyboard', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const communities = await openSection(
    page.getByRole('region', { name: 'Analysis', exact: true }),
    'Communities',
  );
  const first = communities.getByRole('listitem').first();
  await expect(first.getByRole('button', { name: /^Community 1 · \d+$/ })).toBeVisible();
  const size = Number(
    /· (\d+)$/.exec((await first.getByRole('button', { name: /^Community 1/ }).textContent()) ?? '')?.[1],
  );
  expect(size).toBeGreaterThan(3);
  const names = first.locator('.analysis-node-link');
  await expect(names).toHaveCount(3);
  const more = first.getByRole('button', {
    name: `+ ${size - 3} more — members of community 1`,
    exact: true,
  });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(names).toHaveCount(size);
  const fewer = first.getByRole('button', { name: 'Show fewer — members of community 1', exact: true });
  await expect(fewer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(names).toHaveCount(3);
});

test('outside suppliers are drawn with a dashed outline, listed in the legend, and picked out from it', async ({
  page,
}) => {
  await openExample(page);
  const outside = exampleNodes.filter((row) => row.locality === 'outside').map((row) => row.id);
  expect(outside.length).toBeGreaterThan(0);
  const looks = () =>
    page.evaluate(() => {
      const cy = window.__chainExplorerMap?.cy;
      if (!cy) throw new Error('map not exposed');
      return cy.nodes().map((node) => ({
        id: node.id(),
        border: node.style('border-style') as string,
        width: parseFloat(node.style('border-width') as string),
        faded: node.hasClass('legend-faded'),
      }));
    });
  const before = await looks();
  for (const look of before) {
    expect(look.border, look.id).toBe(outside.includes(look.id) ? 'dashed' : 'solid');
    if (outside.includes(look.id)) expect(look.width, look.id).toBeGreaterThanOrEqual(2);
  }
  const legend = page.getByRole('region', { name: 'Legend' });
  const entry = legend.getByRole('button', { name: `Outside (dashed) ${outside.length}` });
  await entry.click();
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () =>
      (await looks())
        .filter((look) => !look.faded)
        .map((look) => look.id)
        .sort(),
    )
    .toEqual([...outside].sort());
});

test('“Attraction candidates →” on the gap board brings that segment’s shortlist into view and focuses it', async ({
  page,
}) => {
  await openExample(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis', exact: true });
  const gaps = await openSection(analysis, 'Chain gap board');
  // The last gap of the board: the shortlist opens below the whole board, out of sight.
  const button = gaps.getByRole('button', { name: 'Attraction candidates →' }).last();
  const segment =
    (await button.locator('xpath=ancestor::li[1]').locator('.analysis-node-link').first().textContent()) ??
    '';
  expect(segment).toMatch(/^示例·/);
  await button.focus();
  await page.keyboard.press('Enter');
  const field = analysis
    .getByRole('region', { name: 'Attraction shortlist', exact: true })
    .getByRole('combobox', { name: 'Segment to fill' });
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(field.locator('option:checked')).toContainText(segment);
  await expect(
    analysis
      .getByRole('list', { name: 'Candidates' })
      .or(analysis.getByText('No outside enterprise in the data serves this segment.')),
  ).toBeVisible();
});
