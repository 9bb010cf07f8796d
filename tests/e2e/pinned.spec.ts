import type { Page } from '@playwright/test';
import { test, expect, firstEnterpriseOnScreen, openApp, savedPosition } from './fixtures';

/** A drawn node's model position, or null when it is not drawn. */
const modelPosition = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = window.__chainExplorerMap?.cy;
    const node = cy?.getElementById(nodeId);
    return node && node.nonempty() ? { ...node.position() } : null;
  }, id);

test('a dragged node is where it was dropped after a reload: pinned positions win over the layout', async ({
  page,
}) => {
  await openApp(page);
  const start = await firstEnterpriseOnScreen(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 120, start.y + 90, { steps: 8 });
  await page.mouse.up();
  const dropped = await modelPosition(page, start.id);
  if (!dropped) throw new Error('the dragged node is gone');
  await expect.poll(() => savedPosition(page, start.id)).not.toBeNull();

  await page.reload();
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
  // The overview is laid out again on a reload; the node must end where it was dropped.
  await expect
    .poll(async () => {
      const now = await modelPosition(page, start.id);
      return now ? Math.hypot(now.x - dropped.x, now.y - dropped.y) : Infinity;
    })
    .toBeLessThan(1);
  // And stays there once the layout's animation is over.
  await expect(page.getByRole('radio', { name: 'Overview' })).toBeChecked();
  const settled = await modelPosition(page, start.id);
  expect(Math.hypot((settled?.x ?? 0) - dropped.x, (settled?.y ?? 0) - dropped.y)).toBeLessThan(1);
});
