/** The bench's results as Markdown, ready to paste into bench/RESULTS.md. */
import path from 'node:path';
import {
  AT_LEAST,
  BUDGETS,
  INITIAL_JS_BUDGET_KB,
  MEASURE_LABELS,
  MEASURES,
  verdictOf,
  type Measure,
  type Verdict,
} from './budgets';
import type { PhaseProfile } from './cpuProfile';
import type { DatasetSize } from './dataset';
import { PHASE_TIMEOUT_MS } from './measure';
import { ROOT } from './processes';
import { RASTER_MODES, type BenchResults, type RasterMode, type SizeResult } from './runBench';

const BUDGETED_SIZES: DatasetSize[] = ['S', 'M', 'L'];

const RASTER_TITLES: Record<RasterMode, string> = {
  gpu: 'GPU rasterisation (SwiftShader)',
  software: 'software raster (--disable-gpu)',
};

const formatFigure = (measure: Measure, value: number | null): string => {
  if (value === null || Number.isNaN(value)) return '—';
  if (measure === 'heapMB') return `${value.toFixed(1)} MB`;
  if (measure === 'panFps') return value.toFixed(1);
  if (measure === 'longTaskCount' || measure === 'firstViewGroups') return String(value);
  return `${Math.round(value).toLocaleString('en-US')} ms`;
};

const withVerdict = (text: string, verdict: Verdict | null): string =>
  verdict ? `${text} (${verdict})` : text;

/** A run that timed out counts the phase as PHASE_TIMEOUT_MS, a lower bound: say so. */
const figureCell = ({ size, median, timeouts, runs }: SizeResult, measure: Measure): string => {
  const timedOut = timeouts[measure] ?? 0;
  const text = formatFigure(measure, median[measure]);
  const bound =
    timedOut === 0
      ? text
      : timedOut === runs.length
        ? `≥ ${text}`
        : `${text}, ${timedOut} of ${runs.length} runs over ${PHASE_TIMEOUT_MS / 1000} s`;
  return withVerdict(bound, verdictOf(measure, median[measure], BUDGETS[measure]?.[size]));
};

const budgetCell = (measure: Measure, size: DatasetSize): string => {
  const limit = BUDGETS[measure]?.[size];
  return limit === undefined ? '' : `${AT_LEAST.has(measure) ? '≥' : '≤'} ${formatFigure(measure, limit)}`;
};

/** One table per raster mode: a column per size and shape, then the budgets. */
function rasterTable(raster: RasterMode, sizes: readonly SizeResult[], initialJs: string): string {
  const header = [
    'measure',
    ...sizes.map(({ size, shape, nodes, edges, runs }) => {
      const counts = `${nodes.toLocaleString('en-US')} / ${edges.toLocaleString('en-US')}`;
      return `${size} ${shape}: ${counts} (${runs.length === 1 ? '1 run' : `median of ${runs.length}`})`;
    }),
    ...BUDGETED_SIZES.map((size) => `budget ${size}`),
  ];
  const rows = MEASURES.map((measure) => [
    MEASURE_LABELS[measure],
    ...sizes.map((size) => figureCell(size, measure)),
    ...BUDGETED_SIZES.map((size) => budgetCell(measure, size)),
  ]);
  // One build, whatever the data: the same figure under every size.
  rows.push([
    'initial JS download (gzip)',
    ...sizes.map(() => initialJs),
    ...BUDGETED_SIZES.map(() => `≤ ${INITIAL_JS_BUDGET_KB} KB`),
  ]);
  return [
    `**${RASTER_TITLES[raster]}**`,
    '',
    ...[header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

export function figuresTable(results: BenchResults): string {
  const { gzipKB, files } = results.initialJs;
  const initialJs = withVerdict(`${gzipKB.toFixed(1)} KB`, verdictOf(null, gzipKB, INITIAL_JS_BUDGET_KB));
  const lines = RASTER_MODES.flatMap((raster) => {
    const sizes = results.sizes.filter((size) => size.raster === raster);
    return sizes.length === 0 ? [] : [rasterTable(raster, sizes, initialJs), ''];
  });
  lines.push(
    `Initial JS: ${files.map((file) => `${file.file} ${(file.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}.`,
  );
  const complete = results.sizes.filter((size) => !size.fullDetailMeasured);
  if (complete.length > 0)
    lines.push(
      '',
      `Full detail at ${complete.map((size) => `${size.size} ${size.shape} ${size.raster}`).join(', ')}: the map opened complete (no "Show all" offered), so it is the first frame.`,
    );
  if (results.sizes.some((size) => Object.keys(size.timeouts).length > 0)) {
    lines.push(
      '',
      `A run stops at a phase that takes over ${PHASE_TIMEOUT_MS / 1000} s; the later figures of that run are missing (—).`,
    );
  }
  return lines.join('\n');
}

const formatProfile = (label: string, profile: PhaseProfile): string => {
  const spots = (title: string, list: PhaseProfile['functions']) =>
    `  - ${title}: ${list.map((spot) => `${spot.name} ${Math.round(spot.selfMs)} ms (${Math.round(spot.share * 100)} %)`).join('; ')}`;
  return [
    `- ${label} ${profile.phase}, ${profile.thread} thread: ${Math.round(profile.totalMs).toLocaleString('en-US')} ms profiled (${path.relative(ROOT, profile.file)})`,
    spots('self time by source', profile.sources),
    spots('self time by function', profile.functions),
  ].join('\n');
};

export const profilesSummary = (results: BenchResults): string =>
  results.sizes
    .flatMap(({ size, shape, raster, profiles }) =>
      profiles.map((profile) => formatProfile(`${size} ${shape} ${raster}`, profile)),
    )
    .join('\n');

export const machineLine = ({ date, revision, machine, loadAverage, gpus }: BenchResults): string =>
  `${date.slice(0, 16).replace('T', ' ')} UTC · ${revision} · ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB · Chromium ${machine.chromium} headless · Node ${machine.node} · ` +
  `load average ${loadAverage.start.toFixed(1)} at start, ${loadAverage.end.toFixed(1)} at end` +
  Object.entries(gpus)
    .map(([raster, gpu]) => ` · WebGL (${raster}): ${gpu || 'none'}`)
    .join('');
