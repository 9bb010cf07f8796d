/** `npm run bench` — see bench/RESULTS.md for the flags and what each figure means. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_SHAPES, DATASET_SIZES, type DatasetShape, type DatasetSize } from './dataset';
import { ROOT } from './processes';
import { figuresTable, machineLine, profilesSummary } from './report';
import {
  BENCH_DATA,
  BENCH_DIST,
  BENCH_PORT,
  DEFAULT_RUNS,
  RASTER_MODES,
  runBench,
  type RasterMode,
} from './runBench';

const USAGE =
  'usage: npm run bench -- [--sizes S,M,L] [--shapes chains,flat] [--raster gpu,software] [--runs N] [--profile] [--port N]';
const RESULTS_FILE = path.join(ROOT, 'bench/results.json');
const PROFILE_DIR = path.join(BENCH_DATA, 'profiles');

const isSize = (value: string): value is DatasetSize => Object.hasOwn(DATASET_SIZES, value);
const isShape = (value: string): value is DatasetShape =>
  (DATASET_SHAPES as readonly string[]).includes(value);
const isRaster = (value: string): value is RasterMode => (RASTER_MODES as readonly string[]).includes(value);

export async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sizes: { type: 'string' },
      shapes: { type: 'string' },
      raster: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'boolean', default: false },
      port: { type: 'string' },
    },
  });
  // `npm run bench -- S M` works as well as `--sizes S,M`.
  const requested = values.sizes?.split(',') ?? (positionals.length > 0 ? positionals : ['S', 'M', 'L']);
  const shapes = values.shapes?.split(',') ?? [...DATASET_SHAPES];
  const rasters = values.raster?.split(',') ?? [...RASTER_MODES];
  const runs = values.runs === undefined ? null : Number(values.runs);
  const port = values.port === undefined ? BENCH_PORT : Number(values.port);
  if (
    !requested.every(isSize) ||
    !shapes.every(isShape) ||
    !rasters.every(isRaster) ||
    (runs !== null && !(Number.isInteger(runs) && runs > 0)) ||
    !Number.isInteger(port)
  )
    throw new Error(USAGE);

  const results = await runBench({
    sizes: requested,
    shapes,
    rasters,
    runs: runs === null ? DEFAULT_RUNS : { S: runs, M: runs, L: runs },
    distDir: BENCH_DIST,
    dataDir: BENCH_DATA,
    port,
    profileDir: values.profile ? PROFILE_DIR : undefined,
    log: (line) => console.error(line),
  });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${machineLine(results)}\n\n${figuresTable(results)}\n`);
  if (values.profile) console.log(`${profilesSummary(results)}\n`);
  console.log(`→ ${path.relative(ROOT, RESULTS_FILE)}`);
}
