import { generateDataset } from '../../bench/lib/dataset';
import { cyStats } from './bigMap';
import { test, expect, openApp } from './fixtures';

/**
 * A flat list of 10,000 (the bench's M flat shape: 产业链 / 环节 values, no chain or segment rows)
 * opens as its chains × stages, not as three bins, and drills down like a map with chain nodes.
 */
const { nodesCsv, edgesCsv } = generateDataset('M', undefined, 'flat');
const CHAIN = '新能源汽车产业链';

test('a flat list of 10k opens as chain × stage groups that open, search and label like segment groups', async ({
  page,
}) => {
  // 10k rows to import and group on a busy 2-core machine.
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodesCsv) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edgesCsv) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('10000 of 10000 nodes', { timeout: 60_000 });

  const details = page.getByRole('region', { name: 'Details' });
  const chains = await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').count();
  // Every chain (the Sector filter lists them, and "No chain") at three stages and none, beside a few institution groups and Others.
  await expect
    .poll(async () => Number(/(\d+) groups/.exec((await details.textContent()) ?? '')?.[1] ?? 0))
    .toBeGreaterThanOrEqual((chains - 1) * 4);
  // The chain's section lists its stages; universities and platforms with ties go beside the chain they serve most.
  await details.getByRole('button', { name: new RegExp(`^${CHAIN} \\d+ nodes$`) }).click();
  await expect(
    details.getByRole('button', { name: `Open group ${CHAIN} · universities & platforms` }),
  ).toBeVisible();
  const labels = await page.evaluate(
    () => window.__chainExplorerMap?.cy.nodes('[?isGroup]').map((node) => node.data('label') as string) ?? [],
  );
  expect(labels).toContainEqual(expect.stringMatching(new RegExp(`^${CHAIN} · Upstream \\(\\d+\\)$`)));
  expect(labels).toContainEqual(expect.stringMatching(new RegExp(`^${CHAIN} \\(\\d+\\)$`)));

  // Drill down from the Details list: the group's members replace it, and the breadcrumb names it.
  const before = await cyStats(page);
  await details.getByRole('button', { name: `Open group ${CHAIN} · Upstream` }).click();
  await expect(
    page.getByRole('navigation', { name: /Grouped by chain segment/ }).getByRole('button', {
      name: `Close ${CHAIN} · Upstream`,
    }),
  ).toBeVisible();
  await expect.poll(async () => (await cyStats(page)).nodes).toBeGreaterThan(before.nodes + 10);
  await page.getByRole('button', { name: 'All groups' }).click();
  await expect.poll(async () => (await cyStats(page)).nodes).toBe(before.nodes);

  // A search hit inside a value group opens that group and selects the node.
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('ent-00001');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  await expect(details).toContainText('ent-00001');
  await expect
    .poll(() => page.evaluate(() => window.__chainExplorerMap?.cy.getElementById('ent-00001').selected()))
    .toBe(true);
});
