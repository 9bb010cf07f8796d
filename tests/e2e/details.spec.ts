import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/** A small fictional battery map: members tied to segments by their `segment` column, and an investment tie. */
const NODES = `编号,名称,类型,所属产业链,环节,荣誉等级
C01,动力电池,产业链,,,
S01,电芯制造,环节,动力电池,中游,
E01,驰能电芯,企业,动力电池,电芯制造,国家级
E02,华锂电芯,企业,动力电池,电芯制造,
E03,云川正极,企业,动力电池,上游,
E04,恒储能源,企业,动力电池,,
`;
const EDGES = `起点,终点,关系类型
E03,E01,供应
E04,E01,投资
`;

const upload = async (page: Page) => {
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(NODES) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(EDGES) },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('6 of 6 nodes');
};

const searchFor = async (page: Page, text: string) => {
  await page.getByRole('combobox', { name: 'Search' }).fill(text);
  await page.keyboard.press('Enter');
};

test('a segment lists its members; supply says upstream, other relations from / to; a followed link moves focus to the new node', async ({
  page,
}) => {
  await openApp(page);
  await upload(page);
  const details = page.getByRole('region', { name: 'Details' });

  await searchFor(page, '电芯制造');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('电芯制造');
  const members = details.getByRole('region', { name: 'Members of this segment' });
  await expect(members.getByRole('button')).toHaveText(['驰能电芯', '华锂电芯']);

  await members.getByRole('button', { name: '驰能电芯' }).click();
  const heading = details.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('驰能电芯');
  await expect(heading).toBeFocused();
  await expect(details.getByRole('heading', { level: 4 })).toHaveText([
    'Supply · upstream (from) (1)',
    'Investment · from (1)',
  ]);

  await details.getByRole('button', { name: '恒储能源' }).click();
  await expect(heading).toHaveText('恒储能源');
  await expect(heading).toBeFocused();
  await expect(details.getByRole('heading', { level: 4 })).toHaveText(['Investment · to (1)']);
});

test('what the edges file says of a tie opens under the neighbour by keyboard: weight, kept columns, source', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Import CSV files').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(NODES) },
    {
      name: 'edges.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`起点,终点,关系类型,权重,依据,合同编号
E03,E01,供应,3,2025 年供货合同,HT-0042
E04,E01,投资,,,
`),
    },
  ]);
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('6 of 6 nodes');
  await searchFor(page, '驰能电芯');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('驰能电芯');

  const about = details.getByRole('group').filter({ has: page.getByText('About', { exact: true }) });
  // Only the supply tie has more to say; the investment tie's row holds nothing more.
  await expect(about).toHaveCount(1);
  const summary = details.getByText('About', { exact: true });
  await expect(summary).toHaveAccessibleName('About the tie with 云川正极');
  await expect(about.getByText('2025 年供货合同')).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(about.getByText('2025 年供货合同')).toBeVisible();
  await expect(about.locator('dt')).toHaveText(['Weight', '合同编号']);
  await expect(about.locator('dd')).toHaveText(['3', 'HT-0042']);
});

test('a tie clicked on the map shows in Details: relation, both ends one click away, and what the file says of it', async ({
  page,
}) => {
  await openApp(page);
  await upload(page);
  // Where the supply line from 云川正极 to 驰能电芯 is drawn, half way along it.
  const middle = await page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    const edge = cy?.edges().filter((candidate) => candidate.data('relation') === 'supply')[0];
    const box = cy?.container()?.getBoundingClientRect();
    if (!edge || !box) throw new Error('no supply edge drawn');
    const { x, y } = edge.renderedMidpoint();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(middle.x, middle.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Supply');
  await expect(details).toContainText('云川正极 → 驰能电芯');
  await expect(details.locator('dt')).toHaveText(['From', 'To']);
  expect(await page.evaluate(() => window.__chainExplorerMap?.cy.edges(':selected').length)).toBe(1);

  await details.getByRole('button', { name: '驰能电芯' }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('驰能电芯');
  expect(await page.evaluate(() => window.__chainExplorerMap?.cy.edges(':selected').length)).toBe(0);
});
