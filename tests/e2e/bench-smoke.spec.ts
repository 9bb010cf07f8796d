import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { MEASURES } from '../../bench/lib/budgets';
import { figuresTable } from '../../bench/lib/report';
import { runBench } from '../../bench/lib/runBench';

/**
 * Keeps `npm run bench` working: the whole bench at size S, once, with its own build, data and
 * port, so it runs beside the other browser tests and a bench run. Timing is never asserted.
 * The build and data go to a temporary folder: a concurrent Playwright run empties test-results.
 */
/** Beside E2E_PORT: another checkout's smoke test must not share it. */
const SMOKE_PORT = Number(process.env.E2E_PORT ?? 4173) + 19;

test('the bench measures size S end to end and reports every figure', async () => {
  test.setTimeout(120_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'chain-explorer-bench-'));
  try {
    const results = await runBench({
      sizes: ['S'],
      runs: { S: 1, M: 1, L: 1 },
      distDir: path.join(work, 'dist'),
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
    expect(results.initialJs.gzipKB).toBeGreaterThan(0);
    expect(figuresTable(results)).toContain('first useful frame');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
