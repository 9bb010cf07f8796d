/**
 * The whole benchmark: build (if stale), generate the data sets, serve the build, and measure each
 * size in headless Chromium, every run in a fresh browser context (nothing cached from the last).
 * Whatever fails, the browser and the server are stopped.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { MEASURES, type Figures, type Measure } from './budgets';
import type { PhaseProfile, ProfileSink } from './cpuProfile';
import { DATASET_SIZES, type DatasetShape, type DatasetSize } from './dataset';
import { initialJsOf, type InitialJs } from './initialJs';
import { measureRun, PHASE_TIMEOUT_MS, type DatasetFiles, type RunFigures } from './measure';
import { buildIfStale, generateData, ROOT, sourceRevision, startPreview } from './processes';

/** Not 4190: browsers refuse it (a "bad port" in the Fetch standard, ManageSieve). */
export const BENCH_PORT = 4191;
export const BENCH_DATA = path.join(ROOT, 'bench/data');
export const BENCH_DIST = path.join(BENCH_DATA, 'dist');
/** Three runs give a median; one L run takes minutes, so it runs once unless asked. */
export const DEFAULT_RUNS: Record<DatasetSize, number> = { S: 3, M: 3, L: 1 };

const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-precise-memory-info',
];

/**
 * `gpu`: canvas draws go to the GPU process and are rasterised there (SwiftShader on a machine with no
 * GPU, as a peer measures); `software`: `--disable-gpu`, rasterised in the renderer (DESIGN.md §4).
 */
export const RASTER_MODES = ['gpu', 'software'] as const;
export type RasterMode = (typeof RASTER_MODES)[number];
const RASTER_ARGS: Record<RasterMode, string[]> = {
  gpu: ['--enable-unsafe-swiftshader'],
  software: ['--disable-gpu'],
};

export interface BenchOptions {
  sizes: readonly DatasetSize[];
  shapes: readonly DatasetShape[];
  rasters: readonly RasterMode[];
  runs: Record<DatasetSize, number>;
  distDir: string;
  /** False: measure `distDir` as it is (a build someone else made and serves), never rebuild it. */
  build?: boolean;
  /** Where bench/generate.mjs writes <size>/nodes.csv and edges.csv. */
  dataDir: string;
  port: number;
  /** Adds one profiled run per size (not in the medians) and saves its CPU profiles here. */
  profileDir?: string;
  log: (line: string) => void;
}

export interface SizeResult {
  size: DatasetSize;
  shape: DatasetShape;
  raster: RasterMode;
  nodes: number;
  edges: number;
  csvBytes: number;
  median: Figures;
  /** False when the map opened complete (no "Show all" offered): the full-detail figure is the first frame. */
  fullDetailMeasured: boolean;
  /** Runs that hit the phase timeout, by the measure they stopped at. */
  timeouts: Partial<Record<Measure, number>>;
  runs: RunFigures[];
  profiles: PhaseProfile[];
}

export interface BenchResults {
  date: string;
  /** The commit the build was made from. */
  revision: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; chromium: string; node: string };
  /** 1-minute load averages when the bench started and ended: other work on the machine skews every figure. */
  loadAverage: { start: number; end: number };
  /** The WebGL renderer each raster mode's browser reports ('' when none), as the app's rendererChoice sees it. */
  gpus: Partial<Record<RasterMode, string>>;
  initialJs: InitialJs;
  sizes: SizeResult[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Each figure's own median, over the runs that have it. */
export const medianFigures = (runs: readonly Figures[]): Figures =>
  Object.fromEntries(
    MEASURES.map((measure) => {
      const values = runs.map((run) => run[measure]).filter((value) => value !== null);
      return [measure, values.length === 0 ? null : median(values)];
    }),
  ) as unknown as Figures;

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const { log } = options;
  const loadAtStart = os.loadavg()[0] ?? NaN;
  const revision = sourceRevision();
  if (options.build !== false && (await buildIfStale(options.distDir)))
    log(`built ${path.relative(ROOT, options.distDir)}`);
  const initialJs = await initialJsOf(options.distDir);
  const server = await startPreview(options.distDir, options.port);
  const sizes: SizeResult[] = [];
  const gpus: BenchResults['gpus'] = {};
  let chromium = '';
  try {
    for (const raster of options.rasters) {
      const measured = await measureRaster(raster, options, server.url);
      sizes.push(...measured.sizes);
      gpus[raster] = measured.gpu;
      chromium = measured.version;
    }
  } finally {
    await server.stop();
  }
  return {
    date: new Date().toISOString(),
    revision,
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      chromium,
      node: process.version,
    },
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? NaN },
    gpus,
    initialJs,
    sizes,
  };
}

/** Every size and shape in one browser launched for `raster`; the browser is closed whatever fails. */
async function measureRaster(
  raster: RasterMode,
  options: BenchOptions,
  baseURL: string,
): Promise<{ sizes: SizeResult[]; gpu: string; version: string }> {
  const { log } = options;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...RASTER_ARGS[raster]],
  });
  try {
    const measure = async (dataset: DatasetFiles, profileTo?: ProfileSink) => {
      // Every run is a first visit; the service worker's precaching would only add noise to it.
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        return await measureRun(page, dataset, { baseURL, profileTo });
      } finally {
        await context.close();
      }
    };
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) {
      for (const shape of options.shapes) {
        const dir = path.join(options.dataDir, shape === 'chains' ? size : `${size}-${shape}`);
        await generateData(size, shape, dir);
        const dataset = {
          ...DATASET_SIZES[size],
          nodesPath: path.join(dir, 'nodes.csv'),
          edgesPath: path.join(dir, 'edges.csv'),
        };
        const label = `${size} ${shape} ${raster}`;
        const runs: RunFigures[] = [];
        for (let run = 1; run <= options.runs[size]; run++) {
          const figures = await measure(dataset);
          runs.push(figures);
          const stopped = figures.timedOut
            ? ` (stopped: ${figures.timedOut} over ${PHASE_TIMEOUT_MS / 1000} s)`
            : '';
          log(
            `${label} run ${run}/${options.runs[size]}: first frame ${Math.round(figures.firstFrameMs ?? NaN)} ms, ` +
              `full detail ${Math.round(figures.fullDetailMs ?? NaN)} ms, settled ${Math.round(figures.settledMs ?? NaN)} ms${stopped}`,
          );
        }
        const profileTo = options.profileDir && {
          dir: options.profileDir,
          name: `${size}-${shape}-${raster}`,
          distDir: options.distDir,
        };
        const profiles = profileTo ? (await measure(dataset, profileTo)).profiles : [];
        if (options.profileDir)
          log(`${label} profiled run: CPU profiles in ${path.relative(ROOT, options.profileDir)}`);
        const csvBytes = (await stat(dataset.nodesPath)).size + (await stat(dataset.edgesPath)).size;
        const timeouts: SizeResult['timeouts'] = {};
        for (const { timedOut } of runs) if (timedOut) timeouts[timedOut] = (timeouts[timedOut] ?? 0) + 1;
        sizes.push({
          size,
          shape,
          raster,
          ...DATASET_SIZES[size],
          csvBytes,
          median: medianFigures(runs),
          fullDetailMeasured: runs.every((run) => run.fullDetailMeasured),
          timeouts,
          runs,
          profiles,
        });
      }
    }
    return { sizes, gpu: await gpuOf(browser), version: browser.version() };
  } finally {
    await browser.close();
  }
}

/** The unmasked WebGL renderer, read the way src/graph-view/rendererChoice.ts reads it. */
async function gpuOf(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('webgl2');
      const info = context?.getExtension('WEBGL_debug_renderer_info');
      return context && info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    });
  } finally {
    await page.close();
  }
}
