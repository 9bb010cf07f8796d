import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

/** The arrow key pointing from the node with the keyboard focus towards `id`, as a sighted user would choose it. */
const arrowTowards = (page: Page, id: string, avoid: string | null) =>
  page.evaluate(
    ([target, skip]) => {
      const cy = window.__chainExplorerMap?.cy;
      const from = cy?.nodes('.keyboard-focus').first();
      const to = cy?.getElementById(target ?? '');
      if (!cy || !from || from.empty() || !to || to.empty()) throw new Error('no focused node or target');
      const dx = to.position().x - from.position().x;
      const dy = to.position().y - from.position().y;
      const horizontal = dx > 0 ? 'ArrowRight' : 'ArrowLeft';
      const vertical = dy > 0 ? 'ArrowDown' : 'ArrowUp';
      const [first, second] = Math.abs(dx) >= Math.abs(dy) ? [horizontal, vertical] : [vertical, horizontal];
      return first === skip ? second : first;
    },
    [id, avoid] as const,
  );

test('by keyboard only: Tab to the map, arrows to 赛乐, then ] / Enter / Esc read its chain and both segments', async ({
  page,
}) => {
  await openApp(page);
  const map = page.getByRole('application', { name: 'Industry-chain map' });
  await expect(map).toHaveAttribute('aria-roledescription', 'map');
  const said = page.getByTestId('map-announcer');
  const details = page.getByRole('region', { name: 'Details' });

  // From the top of the page, Tab until the map (one Tab stop) has the focus.
  for (let presses = 0; presses < 120; presses += 1) {
    if (await map.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(map).toBeFocused();
  await expect(said).toContainText(/\d+ neighbours?/);

  // Arrow keys, each to the nearest node that way, until 赛乐 has the focus.
  let last: string | null = null;
  const seen = new Set<string>();
  for (let presses = 0; presses < 40 && !(await said.textContent())?.startsWith('赛乐'); presses += 1) {
    const text = (await said.textContent()) ?? '';
    // Back on a node already passed: try the other axis once.
    const key = await arrowTowards(page, 'ent-sailer', seen.has(text) ? last : null);
    seen.add(text);
    last = key;
    await page.keyboard.press(key);
  }
  await expect(said).toHaveText(
    /^赛乐\(常州\)医疗科技股份有限公司, Enterprise\. Chain: 牙科\. National honour\. 4 neighbours$/,
  );

  // Its chain and the two segments it belongs to: ] steps to each, Enter reads Details, Esc comes back.
  for (const name of ['牙科', '设备', '耗材']) {
    await page.keyboard.press(']');
    await expect(said).toContainText(
      new RegExp(
        `^Neighbour \\d of 4: Membership from 赛乐\\(常州\\)医疗科技股份有限公司 to ${name}\\. ${name}, `,
      ),
    );
    await page.keyboard.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
    await page.keyboard.press('Escape');
    await expect(said).toContainText(/^赛乐/);
    await expect(map).toBeFocused();
  }
  // + zooms in, 0 fits again.
  const zoom = () => page.evaluate(() => window.__chainExplorerMap?.cy.zoom() ?? 0);
  const before = await zoom();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeGreaterThan(before);
});
