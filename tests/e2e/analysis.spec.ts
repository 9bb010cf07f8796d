import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const readCsv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
const nodeRows = readCsv('data/nodes.csv');
const edgeRows = readCsv('data/edges.csv');
const nameOf = (id: string) => nodeRows.find((row) => row.id === id)?.name ?? id;
const DIRECTED = new Set(['supply', 'investment', 'incubation', 'membership']);

/**
 * Fewest hops from `from` to `to` by breadth-first search over the CSV rows, worked out here and not
 * by the app: every edge both ways, or with `oneWay` the given relations source → target only.
 */
const hopCount = (from: string, to: string, relations?: readonly string[]): number | null => {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const { source = '', target = '', relation = '' } of edgeRows) {
    if (relations && !relations.includes(relation)) continue;
    link(source, target);
    if (!relations || !DIRECTED.has(relation)) link(target, source);
  }
  const distance = new Map([[from, 0]]);
  const queue = [from];
  for (const node of queue) {
    for (const neighbour of next.get(node) ?? []) {
      if (distance.has(neighbour)) continue;
      distance.set(neighbour, (distance.get(node) ?? 0) + 1);
      queue.push(neighbour);
    }
  }
  return distance.get(to) ?? null;
};

const openAnalysis = async (page: Page): Promise<Locator> => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  return page.getByRole('region', { name: 'Analysis', exact: true });
};

const pickNode = async (analysis: Locator, label: string, query: string, name: string) => {
  await analysis.getByRole('combobox', { name: label, exact: true }).fill(query);
  const options = analysis.getByRole('listbox', { name: label, exact: true }).getByRole('option');
  await options.filter({ has: analysis.page().getByText(name, { exact: true }) }).click();
};

/** Elements the analysis highlights on the map, read from cytoscape. */
const decorated = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    return { nodes: cy?.nodes('.decorated').length ?? -1, edges: cy?.edges('.decorated').length ?? -1 };
  });

test('a path query lists the hops the CSV implies, highlights them, and says when supply alone has no path', async ({
  page,
}) => {
  const analysis = await openAnalysis(page);
  const [from, to] = ['ent-sailer', 'uni-njnu'];
  const hops = hopCount(from, to);
  expect(hops).toBeGreaterThanOrEqual(2);

  await pickNode(analysis, 'From', '赛乐', nameOf(from));
  await pickNode(analysis, 'To', nameOf(to), nameOf(to));
  const hopList = analysis.getByRole('list', { name: 'Hops' });
  await expect(hopList.getByRole('listitem')).toHaveCount((hops ?? 0) + 1);
  await expect(hopList.getByRole('listitem').first()).toContainText(nameOf(from));
  await expect(hopList.getByRole('listitem').last()).toContainText(nameOf(to));
  await expect(analysis.getByRole('button', { name: `Path 1: ${hops} hops` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => decorated(page)).toEqual({ nodes: (hops ?? 0) + 1, edges: hops });

  expect(hopCount(from, to, ['supply'])).toBeNull();
  await analysis.getByRole('radio', { name: 'Supply only' }).check();
  await expect(analysis.getByText('No path over these relations.')).toBeVisible();
  await expect.poll(() => decorated(page)).toEqual({ nodes: 0, edges: 0 });

  await analysis.getByRole('radio', { name: 'All' }).check();
  await expect.poll(() => decorated(page)).toEqual({ nodes: (hops ?? 0) + 1, edges: hops });
  // The highlight belongs to the panel: leaving it clears the map.
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect.poll(() => decorated(page)).toEqual({ nodes: 0, edges: 0 });
});

test('the node pickers match pinyin as the search does: initials by click, full pinyin by Enter, Esc undoes typing', async ({
  page,
}) => {
  const analysis = await openAnalysis(page);
  const sailer = nameOf('ent-sailer');
  await pickNode(analysis, 'From', 'slyl', sailer);
  const from = analysis.getByRole('combobox', { name: 'From', exact: true });
  await expect(from).toHaveValue(sailer);
  await expect(from).toHaveAttribute('aria-expanded', 'false');

  const to = analysis.getByRole('combobox', { name: 'To', exact: true });
  await to.fill('changzhoudaxue');
  await expect(analysis.getByRole('listbox', { name: 'To', exact: true }).getByRole('option')).toHaveText([
    /常州大学/,
  ]);
  await to.press('Enter');
  await expect(to).toHaveValue('常州大学');

  await from.fill('jslg');
  await expect(
    analysis.getByRole('listbox', { name: 'From', exact: true }).getByRole('option'),
  ).not.toHaveCount(0);
  await from.press('Escape');
  await expect(from).toHaveValue(sailer);
  await expect(from).toHaveAttribute('aria-expanded', 'false');
});

/** The dental chain's segments and their statuses, worked out from the CSV rows by the rule the board states. */
const expectedDentalBoard = () => {
  const segments = nodeRows.filter(
    (row) => row.type === 'segment' && (row.sector ?? '').split(';').includes('chain-dental'),
  );
  const localEnterprises = (segmentId: string) =>
    nodeRows.filter(
      (row) =>
        row.type === 'enterprise' &&
        row.locality !== 'outside' &&
        (row.segment === segmentId ||
          edgeRows.some(
            (edge) => edge.relation === 'membership' && edge.source === row.id && edge.target === segmentId,
          )),
    );
  return segments.map((segment) => {
    const members = localEnterprises(segment.id ?? '');
    const awarded = members.some((member) => (member.award_level ?? 'none') !== 'none');
    const status = members.length === 0 ? 'Missing' : members.length === 1 || !awarded ? 'Weak' : 'Strong';
    return {
      name: segment.name ?? '',
      status,
      members: members.map((member) => member.name ?? ''),
      key: segment.key === 'true',
    };
  });
};

test('the gap board shows the dental chain as the CSV has it, and exports it', async ({ page }) => {
  const analysis = await openAnalysis(page);
  const expected = expectedDentalBoard();
  expect(expected).toHaveLength(4);
  expect(expected.filter((segment) => segment.status === 'Missing').length).toBeGreaterThan(0);

  const board = analysis.getByRole('region', { name: 'Chain gap board' });
  const segments = board.getByRole('list', { name: 'Segments of 牙科' });
  for (const segment of expected) {
    const row = segments
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: segment.name, exact: true }) });
    await expect(row).toContainText(segment.status);
    for (const member of segment.members) await expect(row).toContainText(member);
  }
  const value = { Missing: 0, Weak: 0.5, Strong: 1 } as const;
  const weight = (segment: (typeof expected)[number]) => (segment.key ? 2 : 1);
  const earned = expected.reduce(
    (sum, segment) => sum + weight(segment) * value[segment.status as keyof typeof value],
    0,
  );
  const possible = expected.reduce((sum, segment) => sum + weight(segment), 0);
  const dental = board.getByRole('article', { name: /牙科/ });
  await expect(dental).toContainText(`${Math.round((100 * earned) / possible)}% complete`);
  await expect(dental).toContainText(`${earned} of ${possible} points`);

  const download = page.waitForEvent('download');
  await board.getByRole('button', { name: 'Export gap board CSV' }).click();
  const file = await download;
  const today = new Date();
  const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  expect(file.suggestedFilename()).toBe(`gap-board_bundled-map_${date}.csv`);
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, ''),
    { header: true },
  ).data;
  const dentalRows = rows.filter((row) => row.Chain === '牙科');
  expect(dentalRows.map((row) => [row.Segment, row.Status])).toEqual(
    expected.map((segment) => [segment.name, segment.status]),
  );

  // Each row leads to the map: its segment becomes the selection.
  const missing = expected.find((segment) => segment.status === 'Missing');
  await segments.getByRole('button', { name: missing?.name, exact: true }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    missing?.name ?? '',
  );
});

test('upstream and downstream of an uploaded supply chain are counted per level, local and outside apart', async ({
  page,
}) => {
  await openApp(page);
  const nodes = [
    'id,name,type,locality',
    'a,Alpha,enterprise,outside',
    'b,Beta,enterprise,local',
    'c,Gamma,enterprise,local',
    'd,Delta,enterprise,local',
    'e,Epsilon,enterprise,outside',
  ];
  const edges = [
    'source,target,relation',
    'a,c,supply',
    'b,c,supply',
    'c,d,supply',
    'd,e,supply',
    'b,e,cooperation',
  ];
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'chain-nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes.join('\n')) },
    { name: 'chain-edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges.join('\n')) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const analysis = page.getByRole('region', { name: 'Analysis', exact: true });
  await analysis.getByRole('button', { name: 'Upstream / downstream' }).click();
  await pickNode(analysis, 'Node', 'Gamma', 'Gamma');

  const upstream = analysis.getByRole('region', { name: 'Upstream · suppliers' });
  await expect(upstream).toContainText('Level 1: 2 (1 local, 1 outside)');
  await expect(upstream).toContainText('Alpha');
  const downstream = analysis.getByRole('region', { name: 'Downstream · customers' });
  await expect(downstream).toContainText('Level 1: 1 (1 local, 0 outside)');
  await expect(downstream).toContainText('Level 2: 1 (0 local, 1 outside)');
  await expect.poll(() => decorated(page)).toEqual({ nodes: 5, edges: 4 });

  await analysis.getByRole('combobox', { name: 'Levels down' }).selectOption('1');
  await expect(downstream).not.toContainText('Level 2');
  await expect.poll(() => decorated(page)).toEqual({ nodes: 4, edges: 3 });
});
