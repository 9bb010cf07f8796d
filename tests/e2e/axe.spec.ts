import path from 'node:path';
import type { Page } from '@playwright/test';
import { translate, type Lang } from '../../src/i18n';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);

const open = async (page: Page, lang: Lang) => {
  await page.goto(`/?lang=${lang}`);
  await expect(page.getByRole('status')).toContainText(/[1-9]\d*( of |\s*\/\s*)\d+/);
};

const openEveryAnalysisSection = async (page: Page, lang: Lang) => {
  await page.getByRole('tab', { name: translate(lang, 'panels.analysis') }).click();
  const analysis = page.getByRole('region', { name: translate(lang, 'analysis.title'), exact: true });
  const closed = analysis.locator('h3 button[aria-expanded="false"]');
  await expect(closed.first()).toBeVisible();
  while ((await closed.count()) > 0) await closed.first().click();
  // Every section has drawn its result, not its spinner.
  await expect(analysis.locator('.analysis-busy')).toHaveCount(0);
  await expect(analysis.locator('caption')).toHaveCount(1);
};

const screens: Record<string, (page: Page, lang: Lang) => Promise<void>> = {
  'the opening map': async () => {},
  'Details of a selected enterprise, one tie opened': async (page, lang) => {
    await page.getByRole('combobox', { name: translate(lang, 'search.label') }).fill('赛乐');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: translate(lang, 'details.title') });
    await expect(details).toContainText('赛乐');
    await details.getByText(translate(lang, 'details.tieAbout'), { exact: true }).first().click();
    await expect(
      details.getByText(translate(lang, 'details.evidence'), { exact: true }).nth(1),
    ).toBeVisible();
  },
  'the import report': async (page, lang) => {
    await page
      .getByLabel(translate(lang, 'import.input'))
      .setInputFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]);
    const report = page.getByRole('dialog', { name: translate(lang, 'import.reportTitle') });
    await expect(report.getByRole('button', { name: translate(lang, 'import.apply') })).toBeEnabled();
  },
  'the Analysis tab with every section open': openEveryAnalysisSection,
  // The example gives every section something to draw (tiers, gap cards, a shortlist) around a selected cell maker.
  'the Analysis tab of the fictional example with every section open': async (page, lang) => {
    await page.getByRole('button', { name: translate(lang, 'example.open') }).click();
    await expect(page.getByRole('status')).toContainText(translate(lang, 'example.status'));
    await page.getByRole('combobox', { name: translate(lang, 'search.label') }).fill('示例·甲电芯');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: translate(lang, 'details.title') })).toContainText(
      '甲电芯',
    );
    await openEveryAnalysisSection(page, lang);
  },
  'the table': async (page, lang) => {
    await page.getByRole('button', { name: translate(lang, 'table.toggle'), exact: true }).click();
    await expect(page.getByRole('grid', { name: translate(lang, 'table.label') })).toBeVisible();
  },
  'the Stories panel': async (page, lang) => {
    await page.getByRole('button', { name: translate(lang, 'stories.button') }).click();
    await expect(page.getByRole('dialog', { name: translate(lang, 'stories.heading') })).toBeVisible();
  },
  'presenter mode': async (page, lang) => {
    await page.getByRole('button', { name: translate(lang, 'presenter.button'), exact: true }).click();
    await expect(page.getByRole('button', { name: translate(lang, 'presenter.exit') })).toBeVisible();
  },
};

for (const lang of ['zh', 'en'] as const) {
  for (const [screen, reach] of Object.entries(screens)) {
    test(`${lang}: ${screen} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
      await open(page, lang);
      await reach(page, lang);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
