import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importFiles } from '../../src/domain/csv/import';
import type { Graph } from '../../src/domain/graph/types';
import { test, expect, openApp, statusCounts } from './fixtures';
import { cyStats, uploadS } from './bigMap';
import { withoutSpelling } from '../domain/helpers';

const root = path.resolve(import.meta.dirname, '../..');
const dataFile = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(root, 'data', name))),
});
/** The bundled map read by the same import the app runs. */
const bundled: Graph = importFiles([dataFile('nodes.csv'), dataFile('edges.csv')]).graph;

const DATED = String.raw`\d{4}-\d{2}-\d{2}`;

interface Saved {
  name: string;
  bytes: Uint8Array;
}

/** Opens the Export panel (if closed), clicks the button and reads the file the browser saved. */
const exportFile = async (page: Page, button: string): Promise<Saved> => {
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    bytes: new Uint8Array(readFileSync((await download.path()) ?? '')),
  };
};

/** Both CSV files read back through the app's own import. */
const importExported = (nodes: Saved, edges: Saved): Graph => {
  const result = importFiles([nodes, edges]);
  expect(result.report.fatal).toBe(false);
  expect(result.report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return result.graph;
};

test('nodes and edges CSV read back to the bundled graph, every id and field', async ({ page }) => {
  await openApp(page);
  const nodes = await exportFile(page, 'Export nodes CSV');
  const edges = await exportFile(page, 'Export edges CSV');
  expect(nodes.name).toMatch(new RegExp(`^xuejia-nodes-${DATED}\\.csv$`));
  expect(edges.name).toMatch(new RegExp(`^xuejia-edges-${DATED}\\.csv$`));
  const graph = importExported(nodes, edges);
  expect(graph.nodes.map((node) => node.id)).toEqual(bundled.nodes.map((node) => node.id));
  expect(graph.edges.map((edge) => edge.id)).toEqual(bundled.edges.map((edge) => edge.id));
  expect(withoutSpelling(graph)).toEqual(withoutSpelling(bundled));
  await expect(page.getByText(`Saved ${edges.name}.`)).toBeVisible();
});

test('with "only what the filters show", the CSVs hold exactly the filtered sub-graph', async ({ page }) => {
  await openApp(page);
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '牙科' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('radio', { name: 'Only what the filters show' }).check();
  const nodes = await exportFile(page, 'Export nodes CSV');
  const edges = await exportFile(page, 'Export edges CSV');
  expect(nodes.name).toMatch(new RegExp(`^xuejia-nodes-visible-${DATED}\\.csv$`));
  const graph = importExported(nodes, edges);

  const inDental = new Set(
    bundled.nodes
      .filter((node) => node.id === 'chain-dental' || node.sectors.includes('chain-dental'))
      .map((node) => node.id),
  );
  const expectedNodes = bundled.nodes.filter((node) => inDental.has(node.id));
  const expectedEdges = bundled.edges.filter(
    (edge) => inDental.has(edge.source) && inDental.has(edge.target),
  );
  expect(graph.nodes).toEqual(expectedNodes);
  expect(graph.edges).toEqual(expectedEdges);
  const counts = await statusCounts(page);
  expect([graph.nodes.length, graph.edges.length]).toEqual([counts.nodes[0], counts.edges[0]]);
});

test('the PNG is the whole map at twice its size, whatever the zoom', async ({ page }) => {
  await openApp(page);
  // Zoomed far in: the viewport shows a small part of the map, the export must not.
  await page.evaluate(() => {
    window.__chainExplorerMap?.cy.zoom(3);
  });
  const box = await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    return cy.elements(':visible').boundingBox();
  });
  const png = await exportFile(page, 'Export PNG');
  expect(png.name).toMatch(new RegExp(`^xuejia-map-${DATED}\\.png$`));
  expect([...png.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = Buffer.from(png.bytes.buffer, png.bytes.byteOffset, png.bytes.byteLength);
  expect(header.toString('latin1', 12, 16)).toBe('IHDR');
  const [width, height] = [header.readUInt32BE(16), header.readUInt32BE(20)];
  expect(width).toBeGreaterThanOrEqual(Math.floor(2 * box.w));
  expect(height).toBeGreaterThanOrEqual(Math.floor(2 * box.h));
  await expect(page.getByText(`Saved ${png.name}.`)).toBeVisible();
});

test('a map too big for the canvas is saved smaller, and the user is told', async ({ page }) => {
  await openApp(page);
  // One node dragged very far: at 2× the picture would pass the browser's canvas limit.
  await page.evaluate(() => {
    window.__chainExplorerMap?.cy.nodes().first().position({ x: 60_000, y: 0 });
  });
  const png = await exportFile(page, 'Export PNG');
  const header = Buffer.from(png.bytes.buffer, png.bytes.byteOffset, png.bytes.byteLength);
  expect(header.readUInt32BE(16)).toBeLessThanOrEqual(16_384);
  await expect(
    page.getByText(/instead of 2×: a larger image would pass the browser's canvas size limit/),
  ).toBeVisible();
});

test('the SVG parses and draws one node group per visible node, at the filtered view', async ({ page }) => {
  await openApp(page);
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: '合成生物' }).check();
  const counts = await statusCounts(page);
  const drawn = await page.evaluate(() =>
    window.__chainExplorerMap?.cy
      .nodes(':visible')
      .map((node) => node.id())
      .sort(),
  );
  expect(drawn).toHaveLength(counts.nodes[0]);
  const svg = await exportFile(page, 'Export SVG');
  expect(svg.name).toMatch(new RegExp(`^xuejia-map-${DATED}\\.svg$`));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      title: doc.querySelector('svg > title')?.textContent ?? '',
      nodes: [...doc.querySelectorAll('g.node')].map((node) => node.getAttribute('data-id') ?? '').sort(),
      edges: doc.querySelectorAll('g.edge').length,
      viewBox: doc.documentElement.getAttribute('viewBox'),
    };
  }, new TextDecoder().decode(svg.bytes));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.title).toContain('Xuejia');
  expect(parsed.nodes).toEqual(drawn);
  expect(parsed.edges).toBe(counts.edges[0]);
  expect(parsed.viewBox).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
});

test('in chain lanes both pictures show the lanes as the map does: bands, lane names, column heads, segment outlines', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
  await expect(page.locator('.lane-band')).not.toHaveCount(0);
  const outlines = await page.locator('.segment-outline').count();
  expect(outlines).toBeGreaterThan(0);
  const chains = bundled.nodes.filter((node) => node.type === 'chain').map((node) => node.name);

  const svg = await exportFile(page, 'Export SVG');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      names: [...doc.querySelectorAll('g.lane-names text')].map((name) => name.textContent ?? ''),
      bands: doc.querySelectorAll('g.backdrop rect').length,
      outlines: doc.querySelectorAll('g.backdrop path').length,
    };
  }, new TextDecoder().decode(svg.bytes));
  expect(parsed.error).toBeNull();
  expect(parsed.names).toEqual(
    expect.arrayContaining([...chains, 'Not in a chain', 'Upstream', 'Downstream', '设备']),
  );
  expect(parsed.bands).toBe(chains.length + 1);
  expect(parsed.outlines).toBe(outlines);

  const png = await exportFile(page, 'Export PNG');
  // Read back in the page: the bands' fill covers much of the picture, and names stand above the first band.
  const pixels = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let band = 0;
    let firstBandRow = image.height;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index] === 0xee && data[index + 1] === 0xf3 && data[index + 2] === 0xf8) {
        band += 1;
        firstBandRow = Math.min(firstBandRow, Math.floor(index / 4 / image.width));
      }
    }
    let darkAboveBands = 0;
    for (let index = 0; index < firstBandRow * image.width * 4; index += 4)
      if ((data[index] ?? 255) < 120 && (data[index + 1] ?? 255) < 120) darkAboveBands += 1;
    return { share: band / (image.width * image.height), darkAboveBands };
  }, Buffer.from(png.bytes).toString('base64'));
  expect(pixels.share).toBeGreaterThan(0.1);
  expect(pixels.darkAboveBands).toBeGreaterThan(50);
});

test('the SVG of a grouped map draws its groups with their labels, and the members of an opened group', async ({
  page,
}) => {
  await openApp(page);
  await uploadS(page);
  // Open the biggest group: its members are drawn instead of it.
  const before = await cyStats(page);
  await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    cy.nodes('[?isGroup]')
      .sort((a, b) => (b.data('height') as number) - (a.data('height') as number))[0]
      ?.emit('tap');
  });
  await expect.poll(async () => (await cyStats(page)).nodes).toBeGreaterThan(before.nodes);
  const drawn = await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    return {
      labels: Object.fromEntries(
        cy.nodes('[?isGroup]').map((node) => [node.id(), node.data('label') as string]),
      ),
      members: cy
        .nodes('[!isGroup]')
        .map((node) => node.id())
        .sort(),
    };
  });
  const edges = (await cyStats(page)).edges;

  const svg = await exportFile(page, 'Export SVG');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const idOf = (element: Element) => element.getAttribute('data-id') ?? '';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      titles: Object.fromEntries(
        [...doc.querySelectorAll('g.node.group')].map((group) => [
          idOf(group),
          group.querySelector('title')?.textContent ?? '',
        ]),
      ),
      labels: Object.fromEntries(
        [...doc.querySelectorAll('g.labels text')].map((label) => [idOf(label), label.textContent ?? '']),
      ),
      members: [...doc.querySelectorAll('g.node:not(.group)')].map(idOf).sort(),
      merged: doc.querySelectorAll('g.edge.group').length,
      edges: doc.querySelectorAll('g.edge').length,
    };
  }, new TextDecoder().decode(svg.bytes));
  expect(parsed.error).toBeNull();
  expect(Object.keys(drawn.labels).length).toBeGreaterThan(5);
  // Every group drawn on the map, titled with the map's label ("<name> (<count>)"), and labelled.
  expect(parsed.titles).toEqual(drawn.labels);
  for (const label of Object.values(drawn.labels)) expect(label).toMatch(/ \(\d+\)$/);
  for (const [id, label] of Object.entries(drawn.labels)) {
    // As on the map, a label too wide is cut with an ellipsis.
    const text = parsed.labels[id] ?? '';
    expect(text === label || (text.endsWith('…') && label.startsWith(text.slice(0, -1)))).toBe(true);
  }
  // The shortest labels are written whole (cytoscape's node order says nothing: a removed node's place goes to its last).
  const shortest = Object.values(drawn.labels)
    .sort((a, b) => a.length - b.length)
    .slice(0, 3);
  expect(Object.values(parsed.labels)).toEqual(expect.arrayContaining(shortest));
  expect(parsed.members).toEqual(drawn.members);
  expect(parsed.merged).toBeGreaterThan(0);
  expect(parsed.edges).toBe(edges);
});

test('a map with nodes and no edges, exported, imports again with a "no edges" warning', async ({ page }) => {
  await openApp(page);
  // Universities alone: no edge joins two of them, so the visible map has nodes only.
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'University' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('radio', { name: 'Only what the filters show' }).check();
  const nodes = await exportFile(page, 'Export nodes CSV');
  const edges = await exportFile(page, 'Export edges CSV');
  const universities = bundled.nodes.filter((node) => node.type === 'university').length;
  await page
    .getByLabel('Import CSV files')
    .setInputFiles(
      [nodes, edges].map(({ name, bytes }) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })),
    );
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText('No edges');
  await expect(report.getByRole('alert')).toHaveCount(0);
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`of ${universities} nodes`);
  expect((await statusCounts(page)).edges).toEqual([0, 0]);
});

test('an upload with Chinese headers exports as imported by default: its headers, its values, its file name', async ({
  page,
}) => {
  await openApp(page);
  const fixtures = path.join(root, 'tests', 'fixtures');
  await page
    .getByLabel('Import CSV files')
    .setInputFiles([path.join(fixtures, 'zh-nodes.csv'), path.join(fixtures, 'zh-edges.tsv')]);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.getByRole('button', { name: 'Apply' }).click();
  await expect(report).toBeHidden();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'As imported: your headers and values' })).toBeChecked();
  const nodes = await exportFile(page, 'Export nodes CSV');
  const edges = await exportFile(page, 'Export edges CSV');
  expect(nodes.name).toMatch(new RegExp(`^zh-nodes-${DATED}\\.csv$`));
  expect(edges.name).toMatch(new RegExp(`^zh-edges-${DATED}\\.csv$`));
  const text = new TextDecoder().decode(nodes.bytes);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('编号,名称,类别,产业链,链位,荣誉,区域,关键环节');
  // Values as the file spelled them: 本地 / 外地, 企业, a chain by its name, 上游, 是.
  expect(lines[2]).toBe('s1,核心零部件,环节,智能装备,上游,,本地,是');
  expect(lines[4]).toBe('e2,外地伙伴,企业,智能装备;新材料,中游,国家级绿色工厂,外地,');
  expect(new TextDecoder().decode(edges.bytes).split('\r\n')[0]).toBe('起点,终点,关系类型,权重,说明');
  // It reads back to the map on screen.
  const again = importExported(nodes, edges);
  const shown = importFiles([
    { name: 'zh-nodes.csv', bytes: new Uint8Array(readFileSync(path.join(fixtures, 'zh-nodes.csv'))) },
    { name: 'zh-edges.tsv', bytes: new Uint8Array(readFileSync(path.join(fixtures, 'zh-edges.tsv'))) },
  ]).graph;
  expect(withoutSpelling(again)).toEqual(withoutSpelling(shown));

  await page.getByRole('radio', { name: 'Standard: English column names and codes' }).check();
  const standard = await exportFile(page, 'Export nodes CSV');
  expect(standard.name).toMatch(new RegExp(`^zh-nodes-standard-${DATED}\\.csv$`));
  expect(new TextDecoder().decode(standard.bytes)).toMatch(/^\uFEFF?id,name,type,sector/);
});
