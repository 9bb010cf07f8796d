import type { Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/io/perfMarks';
import { expect, openApp, test } from './fixtures';

/** The map engine's chunk (app/mapEngine.ts), held back until `release` is called. */
const holdMapEngine = async (page: Page): Promise<() => void> => {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/mapEngine-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
};

/** Waits until the map has been drawn `count` times, then two frames more: the picture is on screen. */
const drawnTimes = async (page: Page, count: number): Promise<void> => {
  await page.waitForFunction(([name, times]) => performance.getEntriesByName(name, 'mark').length >= times, [
    PERF_MARKS.graphDrawn,
    count,
  ] as const);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
};

/**
 * Of the pixels the `after` picture draws on (not the map's pale ground), the share that differ
 * from `before` by more than a quarter of a channel: 0 for the same picture, most of them when it
 * is moved by a few pixels.
 */
const changedShare = (page: Page, before: Buffer, after: Buffer): Promise<number> =>
  page.evaluate(
    async ([a, b]) => {
      const load = (data: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.src = `data:image/png;base64,${data}`;
        });
      const [first, second] = await Promise.all([load(a), load(b)]);
      const canvas = document.createElement('canvas');
      canvas.width = first.width;
      canvas.height = first.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2d context');
      const pixels = (image: HTMLImageElement) => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const one = pixels(first);
      const two = pixels(second);
      const { width, height } = canvas;
      // The nearest match within one pixel: anti-aliasing moves an edge by one, a wrong camera by more.
      const distance = (x: number, y: number, r: number, g: number, b: number) => {
        let least = 255;
        for (let dy = -1; dy <= 1; dy += 1)
          for (let dx = -1; dx <= 1; dx += 1) {
            const at =
              (Math.min(height - 1, Math.max(0, y + dy)) * width + Math.min(width - 1, Math.max(0, x + dx))) *
              4;
            least = Math.min(
              least,
              Math.max(
                Math.abs(r - (one[at] ?? 0)),
                Math.abs(g - (one[at + 1] ?? 0)),
                Math.abs(b - (one[at + 2] ?? 0)),
              ),
            );
          }
        return least;
      };
      let drawn = 0;
      let changed = 0;
      for (let index = 0; index < two.length; index += 4) {
        const [r = 0, g = 0, b = 0] = [two[index], two[index + 1], two[index + 2]];
        if (Math.min(r, g, b) >= 240) continue;
        drawn += 1;
        const pixel = index / 4;
        if (distance(pixel % width, Math.floor(pixel / width), r, g, b) > 64) changed += 1;
      }
      return drawn === 0 ? 1 : changed / drawn;
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );

test('the bundled map is drawn before the map engine runs, and the engine draws the same picture over it', async ({
  page,
}) => {
  const release = await holdMapEngine(page);
  await page.goto('/?lang=en');
  await drawnTimes(page, 1);
  const map = page.getByTestId('map');
  // Drawn by the app's own writer: no map engine yet, the picture on its canvas in the map.
  expect(await page.evaluate(() => window.__chainExplorerMap)).toBeUndefined();
  await expect(map.locator('canvas.first-picture')).toHaveCount(1);
  const own = await map.screenshot();

  release();
  await page.waitForFunction(() => window.__chainExplorerMap !== undefined);
  await drawnTimes(page, 2);
  // cytoscape's picture replaced it, at the same camera, the nodes at the same places.
  await expect(map.locator('canvas.first-picture')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__chainExplorerMap?.cy.animated() === false)).toBe(true);
  const engine = await map.screenshot();
  // Measured: 0.01-0.02 (anti-aliasing of bold type); a camera 3 px off gives 0.1.
  expect(await changedShare(page, own, engine)).toBeLessThan(0.05);
});

test('a shared view other than the overview is drawn by the map engine alone', async ({ page }) => {
  await page.addInitScript(() => {
    const record = window as unknown as { firstPictureSeen?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('.first-picture')) record.firstPictureSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp(page, 'lang=en#layout=lanes');
  await expect(page.getByRole('radio', { name: 'Chain lanes' })).toBeChecked();
  expect(
    await page.evaluate(
      () => (window as unknown as { firstPictureSeen?: boolean }).firstPictureSeen ?? false,
    ),
  ).toBe(false);

  // The control: the plain overview gets its first picture, which the same observer sees.
  await openApp(page);
  expect(
    await page.evaluate(
      () => (window as unknown as { firstPictureSeen?: boolean }).firstPictureSeen ?? false,
    ),
  ).toBe(true);
});
