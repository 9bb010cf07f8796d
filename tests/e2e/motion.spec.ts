import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

interface MotionLog {
  /** Every zoom the camera took, and whether an animation was running then. */
  zooms: { zoom: number; animating: boolean }[];
  /** Every position one node took, and whether it was being animated then. */
  positions: { x: number; y: number; animating: boolean }[];
}

/** From now on, logs each step of the camera and of one node, as cytoscape reports them. */
const startLog = (page: Page, nodeId: string) =>
  page.evaluate((id) => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    const log: MotionLog = { zooms: [], positions: [] };
    (window as { motionLog?: MotionLog }).motionLog = log;
    cy.on('viewport', () => log.zooms.push({ zoom: cy.zoom(), animating: cy.animated() }));
    const node = cy.getElementById(id);
    node.on('position', () => log.positions.push({ ...node.position(), animating: node.animated() }));
  }, nodeId);

const readLog = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    const log = (window as { motionLog?: MotionLog }).motionLog;
    if (!cy || !log) throw new Error('no log');
    const still =
      !cy.animated() &&
      !cy
        .nodes()
        .toArray()
        .some((node) => node.animated());
    return { still, zoom: cy.zoom(), log };
  });

/** Steps strictly between the first and the last value: what an animation shows and a jump does not. */
const between = (values: number[]) => {
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  return values.filter((value) => Math.min(first, last) < value && value < Math.max(first, last)).length;
};

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test.describe(`prefers-reduced-motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });

    test(`a layout change and a focus ${reducedMotion === 'reduce' ? 'jump to their end' : 'animate'}`, async ({
      page,
    }) => {
      await openApp(page);
      await expect.poll(async () => (await readLog(page).catch(() => null))?.still ?? true).toBe(true);
      await startLog(page, 'ent-sailer');
      const start = await page.evaluate(() => window.__chainExplorerMap?.cy.zoom() ?? 0);

      await page.getByRole('radiogroup', { name: 'Layout' }).getByText('Chain lanes').click();
      await expect
        .poll(async () => {
          const { still, log } = await readLog(page);
          return still && log.positions.length > 0;
        })
        .toBe(true);
      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('slyl');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await search.press('Enter');
      await expect
        .poll(async () => {
          const { still, zoom } = await readLog(page);
          return still && zoom >= 1.4 && zoom !== start;
        })
        .toBe(true);

      const { log } = await readLog(page);
      const steps =
        between(log.positions.map((position) => position.x)) +
        between(log.positions.map((position) => position.y)) +
        between(log.zooms.map((step) => step.zoom));
      const animating = [...log.positions, ...log.zooms].filter((step) => step.animating).length;
      if (reducedMotion === 'reduce') {
        // The end state at once: no step in between, nothing ever animating.
        expect({ steps, animating }).toEqual({ steps: 0, animating: 0 });
        expect(log.positions.length).toBeGreaterThan(0);
      } else {
        // The same log catches an animation when there is one.
        expect(steps + animating).toBeGreaterThan(0);
      }
    });
  });
}
