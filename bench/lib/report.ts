/** The bench's results as Markdown, ready to paste into bench/RESULTS.md. */
import path from 'node:path';
import {
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
import type { BenchResults, SizeResult } from './runBench';

const BUDGETED_SIZES: DatasetSize[] = ['M', 'L'];

const formatFigure = (measure: Measure, value: number | null): string => {
  if (value === null || Number.isNaN(value)) return '—';
  if (measure === 'heapMB') return `${value.toFixed(1)} MB`;
  if (measure === 'longTaskCount') return String(value);
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
  return withVerdict(bound, verdictOf(median[measure], BUDGETS[measure]?.[size]));
};

export function figuresTable(results: BenchResults): string {
  const header = [
    'measure',
    ...results.sizes.map(({ size, nodes, edges, runs }) => {
      const counts = `${nodes.toLocaleString('en-US')} / ${edges.toLocaleString('en-US')}`;
      return `${size}: ${counts} (${runs.length === 1 ? '1 run' : `median of ${runs.length}`})`;
    }),
    ...BUDGETED_SIZES.map((size) => `budget ${size}`),
  ];
  const rows = MEASURES.map((measure) => [
    MEASURE_LABELS[measure],
    ...results.sizes.map((size) => figureCell(size, measure)),
    ...BUDGETED_SIZES.map((size) => {
      const limit = BUDGETS[measure]?.[size];
      return limit === undefined ? '' : `≤ ${formatFigure(measure, limit)}`;
    }),
  ]);
  // One build, whatever the data: the same figure under every size.
  const { gzipKB, files } = results.initialJs;
  const initialJs = withVerdict(`${gzipKB.toFixed(1)} KB`, verdictOf(gzipKB, INITIAL_JS_BUDGET_KB));
  rows.push([
    'initial JS download (gzip)',
    ...results.sizes.map(() => initialJs),
    ...BUDGETED_SIZES.map(() => `≤ ${INITIAL_JS_BUDGET_KB} KB`),
  ]);
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  lines.push(
    '',
    `Initial JS: ${files.map((file) => `${file.file} ${(file.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}.`,
  );
  const complete = results.sizes.filter((size) => !size.fullDetailMeasured).map((size) => size.size);
  if (complete.length > 0)
    lines.push(
      '',
      `"Every element drawn" at ${complete.join(', ')}: the map opened complete (no "Show all" offered), so it is the first frame.`,
    );
  if (results.sizes.some((size) => Object.keys(size.timeouts).length > 0)) {
    lines.push(
      '',
      `A run stops at a phase that takes over ${PHASE_TIMEOUT_MS / 1000} s; the later figures of that run are missing (—).`,
    );
  }
  return lines.join('\n');
}

const formatProfile = (size: DatasetSize, profile: PhaseProfile): string => {
  const spots = (title: string, list: PhaseProfile['functions']) =>
    `  - ${title}: ${list.map((spot) => `${spot.name} ${Math.round(spot.selfMs)} ms (${Math.round(spot.share * 100)} %)`).join('; ')}`;
  return [
    `- ${size} ${profile.phase}, ${profile.thread} thread: ${Math.round(profile.totalMs).toLocaleString('en-US')} ms profiled (${path.relative(ROOT, profile.file)})`,
    spots('self time by source', profile.sources),
    spots('self time by function', profile.functions),
  ].join('\n');
};

export const profilesSummary = (results: BenchResults): string =>
  results.sizes
    .flatMap(({ size, profiles }) => profiles.map((profile) => formatProfile(size, profile)))
    .join('\n');

export const machineLine = ({ date, revision, machine, loadAverage }: BenchResults): string =>
  `${date.slice(0, 10)} · ${revision} · ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB · Chromium ${machine.chromium} headless · Node ${machine.node} · ` +
  `load average ${loadAverage.start.toFixed(1)} at start, ${loadAverage.end.toFixed(1)} at end`;
