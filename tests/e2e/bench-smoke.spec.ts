import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { MEASURES } from '../../bench/lib/budgets';
import { figuresTable } from '../../bench/lib/report';
import { ROOT } from '../../bench/lib/processes';
import { runBench } from '../../bench/lib/runBench';

/**
 * Keeps `npm run bench` working: the whole bench at size S, once, with its own data and port, so
 * it runs beside the other browser tests and a bench run. Timing is never asserted. It measures
 * the build the browser tests serve (playwright.config.ts has just made it; the test hook in it
 * changes nothing the bench reads), so no second build slows it down. The data go to a temporary
 * folder: a concurrent Playwright run empties test-results.
 */
/** Beside E2E_PORT: another checkout's smoke test must not share it. */
const SMOKE_PORT = Number(process.env.E2E_PORT ?? 4173) + 19;

test('the bench measures size S end to end and reports every figure', async () => {
  test.setTimeout(120_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'chain-explorer-bench-'));
  try {
    const results = await runBench({
      sizes: ['S'],
      // The shape most offices keep, rasterised on the GPU process as DESIGN.md §4 measures first.
      shapes: ['flat'],
      rasters: ['gpu'],
      runs: { S: 1, M: 1, L: 1 },
      distDir: path.join(ROOT, 'dist-e2e'),
      // Rebuilt as production, it would lose the test hook the other browser tests read.
      build: false,
      dataDir: path.join(work, 'data'),
      port: SMOKE_PORT,
      log: () => {},
    });
    const [small] = results.sizes;
    expect(small?.size).toBe('S');
    for (const measure of MEASURES) {
      const figure = small?.median[measure];
      // Layout is the only figure the app may leave out (no layout ran).
      if (measure !== 'layoutMs' || figure !== null) expect(figure, measure).toBeGreaterThanOrEqual(0);
    }
    expect(small?.median.firstFrameMs).toBeGreaterThan(0);
    expect(small?.median.settledMs).toBeGreaterThanOrEqual(small?.median.fullDetailMs ?? Infinity);
    expect(small?.median.panFps).toBeGreaterThan(0);
    expect(results.initialJs.gzipKB).toBeGreaterThan(0);
    expect(figuresTable(results)).toContain('first useful map');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
