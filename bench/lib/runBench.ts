/**
 * The whole benchmark: build (if stale), generate the data sets, serve the build, and measure each
 * size in headless Chromium, every run in a fresh browser context (nothing cached from the last).
 * Whatever fails, the browser and the server are stopped.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { MEASURES, type Figures, type Measure } from './budgets';
import type { PhaseProfile, ProfileSink } from './cpuProfile';
import { DATASET_SIZES, type DatasetSize } from './dataset';
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
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-precise-memory-info',
];

export interface BenchOptions {
  sizes: readonly DatasetSize[];
  runs: Record<DatasetSize, number>;
  distDir: string;
  /** Where bench/generate.mjs writes <size>/nodes.csv and edges.csv. */
  dataDir: string;
  port: number;
  /** Adds one profiled run per size (not in the medians) and saves its CPU profiles here. */
  profileDir?: string;
  log: (line: string) => void;
}

export interface SizeResult {
  size: DatasetSize;
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
  if (await buildIfStale(options.distDir)) log(`built ${path.relative(ROOT, options.distDir)}`);
  const initialJs = await initialJsOf(options.distDir);
  const server = await startPreview(options.distDir, options.port);
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const measure = async (dataset: DatasetFiles, profileTo?: ProfileSink) => {
        const context = await browser.newContext({ viewport: VIEWPORT });
        try {
          const page = await context.newPage();
          return await measureRun(page, dataset, { baseURL: server.url, profileTo });
        } finally {
          await context.close();
        }
      };
      const sizes: SizeResult[] = [];
      for (const size of options.sizes) {
        const dir = path.join(options.dataDir, size);
        await generateData(size, dir);
        const dataset = {
          ...DATASET_SIZES[size],
          nodesPath: path.join(dir, 'nodes.csv'),
          edgesPath: path.join(dir, 'edges.csv'),
        };
        const runs: RunFigures[] = [];
        for (let run = 1; run <= options.runs[size]; run++) {
          const figures = await measure(dataset);
          runs.push(figures);
          const stopped = figures.timedOut
            ? ` (stopped: ${figures.timedOut} over ${PHASE_TIMEOUT_MS / 1000} s)`
            : '';
          log(
            `${size} run ${run}/${options.runs[size]}: first frame ${Math.round(figures.firstFrameMs ?? NaN)} ms${stopped}`,
          );
        }
        const profileTo = options.profileDir && {
          dir: options.profileDir,
          name: size,
          distDir: options.distDir,
        };
        const profiles = profileTo ? (await measure(dataset, profileTo)).profiles : [];
        if (options.profileDir)
          log(`${size} profiled run: CPU profiles in ${path.relative(ROOT, options.profileDir)}`);
        const csvBytes = (await stat(dataset.nodesPath)).size + (await stat(dataset.edgesPath)).size;
        const fullDetailMeasured = runs.every((run) => run.fullDetailMeasured);
        const timeouts: SizeResult['timeouts'] = {};
        for (const { timedOut } of runs) if (timedOut) timeouts[timedOut] = (timeouts[timedOut] ?? 0) + 1;
        sizes.push({
          size,
          ...DATASET_SIZES[size],
          csvBytes,
          median: medianFigures(runs),
          fullDetailMeasured,
          timeouts,
          runs,
          profiles,
        });
      }
      return {
        date: new Date().toISOString(),
        revision,
        machine: {
          cpus: os.availableParallelism(),
          cpuModel: os.cpus()[0]?.model ?? 'unknown',
          memoryGB: Math.round(os.totalmem() / 1024 ** 3),
          chromium: browser.version(),
          node: process.version,
        },
        loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? NaN },
        initialJs,
        sizes,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
