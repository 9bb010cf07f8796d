import { test as base, expect, type Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/io/perfMarks';

/** Types `window.__chainExplorerMap` (its `declare global`) for every browser test. */
export type { MapTestHook } from '../../src/app/mapTestHook';

/**
 * Every browser test fails on a console error or an uncaught exception, and on any request that
 * leaves our own origin (the app must make none).
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
          problems.push(`foreign request: ${url}`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens the app in English and waits until the bundled map is on screen: the status counts it (the
 * data is in) and the map has drawn it (the map engine loads after the page, and its first picture
 * replaces the app's own, graph-view/firstPicture.ts).
 */
export const openApp = async (page: Page, query = 'lang=en'): Promise<void> => {
  await page.goto(`/?${query}`);
  await expect(page.getByRole('status')).toContainText(/[1-9]\d* of \d+ nodes/);
  await page.waitForFunction(
    (drawn) =>
      window.__chainExplorerMap !== undefined &&
      performance.getEntriesByName(drawn).length > 0 &&
      document.querySelector('.first-picture') === null,
    PERF_MARKS.graphDrawn,
  );
};

export const statusCounts = async (
  page: Page,
): Promise<{ nodes: [number, number]; edges: [number, number] }> => {
  const text = (await page.getByRole('status').textContent()) ?? '';
  const nodes = /(\d+) of (\d+) nodes/.exec(text);
  const edges = /(\d+) of (\d+) edges/.exec(text);
  if (!nodes || !edges) throw new Error(`status has no counts: ${text}`);
  return { nodes: [Number(nodes[1]), Number(nodes[2])], edges: [Number(edges[1]), Number(edges[2])] };
};

/**
 * The origin of the dataset the app saved in IndexedDB, or null. Read only once the app has opened
 * the database (openApp waits for that): a first open here would create it without its store.
 */
export const savedOrigin = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('chain-explorer');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('dataset').objectStore('dataset').get(['current']);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { origin?: unknown } | undefined)?.origin ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

/** The x/y the app saved in IndexedDB for a node of the current dataset, or null. */
export const savedPosition = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      new Promise<{ x: number; y: number } | null>((resolve, reject) => {
        const request = indexedDB.open('chain-explorer');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db
            .transaction('dataset')
            .objectStore('dataset')
            .getAll(IDBKeyRange.bound(['current', 'nodes'], ['current', 'nodes', []]));
          all.onsuccess = () => {
            db.close();
            const nodes = (all.result as { id: string; x?: number; y?: number }[][]).flat();
            const node = nodes.find((candidate) => candidate.id === nodeId);
            resolve(node?.x === undefined || node.y === undefined ? null : { x: node.x, y: node.y });
          };
          all.onerror = () => reject(all.error);
        };
      }),
    id,
  );

/** The first drawn enterprise: its id, where it is on the page, its model position and the zoom. */
export const firstEnterpriseOnScreen = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__chainExplorerMap?.cy;
    const node = cy?.nodes('[type = "enterprise"]')[0];
    const box = cy?.container()?.getBoundingClientRect();
    if (!node || !box || !cy) throw new Error('no enterprise drawn');
    return {
      id: node.id(),
      x: box.left + node.renderedPosition().x,
      y: box.top + node.renderedPosition().y,
      model: { ...node.position() },
      zoom: cy.zoom(),
    };
  });
