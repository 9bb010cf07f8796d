import { translate } from '../../src/i18n';
import { test, expect, openApp, statusCounts } from './fixtures';

const shown = (nodes: number | undefined, edges: number | undefined) =>
  translate('en', 'summary.shown', { nodes: nodes ?? NaN, edges: edges ?? NaN });

test('the map in words is read by screen readers, shown on request, follows the filters and opens Details', async ({
  page,
}) => {
  await openApp(page);
  const summary = page.getByRole('region', { name: 'The map in words' });
  // In the accessibility tree from the start, though not on screen.
  const { nodes, edges } = await statusCounts(page);
  await expect(summary).toContainText(shown(nodes[0], edges[0]));
  expect((await summary.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);

  const toggle = page.getByRole('button', { name: 'Text summary' });
  // Hidden from sight, it still holds Tab stops: one with the focus shows the summary, never an invisible focus.
  await toggle.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('button').first()).toBeFocused();
  expect((await summary.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  await expect(summary.getByRole('button').first()).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect((await summary.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect((await summary.boundingBox())?.height ?? 0).toBeGreaterThan(100);

  // Chains largest first: each count no larger than the one before it.
  const counts = (await summary.getByRole('list').nth(1).getByRole('listitem').allTextContents()).map(
    (text) => Number(/(\d+) nodes?$/.exec(text)?.[1]),
  );
  expect(counts.length).toBeGreaterThan(1);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  // A national honour's name opens its Details.
  const national = summary.getByRole('button').first();
  const name = (await national.textContent()) ?? '';
  await national.click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name }),
  ).toBeVisible();

  // One sector ticked: the words say only what is left.
  await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').first().check();
  const filtered = await statusCounts(page);
  expect(filtered.nodes[0]).toBeLessThan(nodes[0]);
  await expect(summary).toContainText(shown(filtered.nodes[0], filtered.edges[0]));

  await toggle.click();
  expect((await summary.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
});
