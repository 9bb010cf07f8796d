import type { Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/io/perfMarks';
import { expect, openApp, test } from './fixtures';

/**
 * The drawn map once its first picture is in and it holds still (a map laying itself out waits for
 * fcose, loaded on first use): each node's position, the camera, the marks so far, and when the
 * fcose chunk was requested (page time; null: not yet).
 */
const firstPicture = async (page: Page) => {
  await openApp(page);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('mark').map((entry) => entry.name)))
    .toContain(PERF_MARKS.graphDrawn);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = window.__chainExplorerMap;
        return map !== undefined && map.layoutRuns.started === map.layoutRuns.settled && !map.cy.animated();
      }),
    )
    .toBe(true);
  return page.evaluate((drawnMark) => {
    const cy = window.__chainExplorerMap?.cy;
    if (!cy) throw new Error('map not exposed');
    return {
      positions: cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')] as const),
      zoom: cy.zoom(),
      pan: cy.pan(),
      marks: performance.getEntriesByType('mark').map((entry) => entry.name),
      drawnAt: performance.getEntriesByName(drawnMark, 'mark')[0]?.startTime ?? NaN,
      fcoseAt:
        performance.getEntriesByType('resource').find((entry) => /\/fcose-[^/]*\.js$/.test(entry.name))
          ?.startTime ?? null,
    };
  }, PERF_MARKS.graphDrawn);
};

test('the bundled map opens on the overview shipped with the build, the same the map works out itself', async ({
  page,
}) => {
  const shipped = await firstPicture(page);
  expect(shipped.marks).toContain(PERF_MARKS.layoutShipped);
  // The first picture needs no fcose: it is fetched, if at all yet, after it.
  if (shipped.fcoseAt !== null) expect(shipped.fcoseAt).toBeGreaterThan(shipped.drawnAt);

  await page.addInitScript(() => {
    window.__chainExplorerComputeOverview = true;
  });
  // Laid out in the browser, as an uploaded small map is: the first picture stands in until fcose is in.
  const computed = await firstPicture(page);
  expect(computed.marks).not.toContain(PERF_MARKS.layoutShipped);
  expect(computed.fcoseAt).not.toBeNull();

  expect(computed.positions.map(([id]) => id)).toEqual(shipped.positions.map(([id]) => id));
  computed.positions.forEach(([, x, y], index) => {
    const [, shippedX, shippedY] = shipped.positions[index] ?? [];
    expect(x).toBeCloseTo(shippedX ?? NaN, 6);
    expect(y).toBeCloseTo(shippedY ?? NaN, 6);
  });
  expect(computed.zoom).toBeCloseTo(shipped.zoom, 6);
  expect(computed.pan.x).toBeCloseTo(shipped.pan.x, 3);
  expect(computed.pan.y).toBeCloseTo(shipped.pan.y, 3);
});

test('the first picture asks the GPU nothing: the renderer line comes once it is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    const record = window as unknown as { webglAskedAt?: number };
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      if (String(args[0]).startsWith('webgl')) record.webglAskedAt ??= performance.now();
      return (getContext as (...rest: unknown[]) => RenderingContext | null).apply(this, args);
    } as typeof getContext;
  });
  await openApp(page);
  // Headless Chromium here rasterises WebGL in software: the bundled map is small either way.
  await expect(page.getByTestId('renderer')).toHaveText('Renderer: canvas (software WebGL)');
  const { askedAt, drawnAt } = await page.evaluate(
    (drawnMark) => ({
      askedAt: (window as unknown as { webglAskedAt?: number }).webglAskedAt ?? null,
      drawnAt: performance.getEntriesByName(drawnMark, 'mark')[0]?.startTime ?? NaN,
    }),
    PERF_MARKS.graphDrawn,
  );
  expect(askedAt).not.toBeNull();
  expect(askedAt ?? 0).toBeGreaterThan(drawnAt);
});
