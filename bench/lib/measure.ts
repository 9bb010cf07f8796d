/**
 * One benchmark run in a fresh page: upload the two CSVs through the real file input, Apply, then
 * read the app's performance marks (src/io/perfMarks.ts). Every time is taken from marks and event
 * time stamps inside the page, so the bench's own round trips never count.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/io/perfMarks';
import { LONG_TASK_MS, type Figures, type Measure } from './budgets';
import { deferWorkerTermination, startProfile, type PhaseProfile, type ProfileSink } from './cpuProfile';
import { panAndWheel } from './panPhase';
import { installProbe, type PixelsEntry, type ProbeState, type StreamedEntry } from './probe';

/**
 * A phase that takes longer than this counts as hung: the run stops there and reports the figure
 * as at least this much, rather than wait forever.
 */
export const PHASE_TIMEOUT_MS = 120_000;

export interface DatasetFiles {
  nodesPath: string;
  edgesPath: string;
  nodes: number;
  edges: number;
}

export type Phase = 'load' | 'import' | 'first frame' | 'filter' | 'full detail' | 'settle' | 'pan';

/** What a phase measures. */
const PHASE_MEASURES: Record<Phase, Measure> = {
  load: 'bootMs',
  import: 'importMs',
  'first frame': 'firstFrameMs',
  filter: 'filterMs',
  'full detail': 'fullDetailMs',
  settle: 'settledMs',
  pan: 'slowestInputMs',
};

/** Phases whose long tasks count in "longest main-thread task, upload → settled". */
const UPLOAD_TO_SETTLED: ReadonlySet<Phase> = new Set([
  'import',
  'first frame',
  'filter',
  'full detail',
  'settle',
]);

export interface LongTask {
  phase: Phase;
  /** From the upload. */
  startMs: number;
  durationMs: number;
}

export interface RunFigures extends Figures {
  /** False when the map opened complete (no "Show all" offered): the first frame drew everything. */
  fullDetailMeasured: boolean;
  /** The measure whose phase hit PHASE_TIMEOUT_MS (its figure is that lower bound; later ones are null). */
  timedOut: Measure | null;
  longTasks: LongTask[];
  profiles: PhaseProfile[];
}

class PhaseTimeout extends Error {
  constructor(
    readonly phase: Phase,
    what: string,
  ) {
    super(`bench phase "${phase}": ${what} took over ${PHASE_TIMEOUT_MS / 1000} s`);
  }
}

/** `work`, or a PhaseTimeout after PHASE_TIMEOUT_MS (page calls have no time limit of their own). */
async function within<T>(phase: Phase, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PhaseTimeout(phase, what)), PHASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const CLICK_MARK = 'bench:click';
const UPLOAD_MARK = 'bench:upload';
/** Long tasks and layout marks are reported to the bench as they happen, so a page that later hangs still tells. */
const ENTRY_BINDING = '__benchEntry';
const PROBE_STATE = '__benchProbe';
const COUNT_FRAMES = '__benchCountFrames';
const MAP_SELECTOR = '[data-testid="map"]';
/** The map counts as settled once nothing was redrawn for this long after the last redraw's pixels, with no layout running. */
const QUIET_MS = 2_000;

/** Time spent between layout start and end marks from `from` on; null if no layout ran. */
function layoutTime(entries: readonly StreamedEntry[], from: number): number | null {
  let total: number | null = null;
  let startedAt: number | null = null;
  for (const { name, startTime } of [...entries].sort((a, b) => a.startTime - b.startTime)) {
    if (startTime < from) continue;
    if (name === PERF_MARKS.layoutStart) startedAt = startTime;
    if (name === PERF_MARKS.layoutEnd && startedAt !== null) {
      total = (total ?? 0) + startTime - startedAt;
      startedAt = null;
    }
  }
  return total;
}

/** Start time of the first of the marks `names` at or after `after`. */
async function waitForMark(page: Page, phase: Phase, after: number, ...names: string[]): Promise<number> {
  const found = page.waitForFunction(
    ([markNames, from]) =>
      performance
        .getEntriesByType('mark')
        .find((entry) => entry.startTime >= from && markNames.includes(entry.name))?.startTime,
    [names, after] as const,
    { timeout: 0, polling: 50 },
  );
  return (await (await within(phase, `waiting for ${names.join(' or ')}`, found)).jsonValue()) as number;
}

/** When the pixels of the first of the drawn marks `names` at or after `after` were on screen. */
async function waitForPixels(page: Page, phase: Phase, after: number, ...names: string[]): Promise<number> {
  const found = page.waitForFunction(
    ([key, markNames, from]) =>
      (window as unknown as Record<string, ProbeState>)[key]?.pixels.find(
        (entry: PixelsEntry) => entry.markAt >= from && markNames.includes(entry.mark),
      )?.at,
    [PROBE_STATE, names, after] as const,
    { timeout: 0, polling: 50 },
  );
  return (await (
    await within(phase, `waiting for the pixels of ${names.join(' or ')}`, found)
  ).jsonValue()) as number;
}

/**
 * When the last redraw's pixels were on screen, once the map has been quiet for QUIET_MS: no layout
 * started since `since` still running, no redraw since those pixels.
 */
async function waitForQuiet(page: Page, phase: Phase, since: number): Promise<number> {
  const found = page.waitForFunction(
    ([key, from, quietMs, layoutStart, layoutEnd]) => {
      const state = (window as unknown as Record<string, ProbeState>)[key];
      if (!state) return undefined;
      let running = 0;
      for (const { name, startTime } of performance.getEntriesByType('mark')) {
        if (startTime < from) continue;
        if (name === layoutStart) running++;
        if (name === layoutEnd) running = Math.max(0, running - 1);
      }
      const last = state.redrawPixels.at(-1);
      const quietSince = last && last.redrawAt >= state.lastRedraw ? last.at : null;
      if (running > 0 || quietSince === null || performance.now() - Math.max(quietSince, from) < quietMs)
        return undefined;
      return Math.max(quietSince, from);
    },
    [PROBE_STATE, since, QUIET_MS, PERF_MARKS.layoutStart, PERF_MARKS.layoutEnd] as const,
    { timeout: 0, polling: 250 },
  );
  return (await (await within(phase, 'waiting for the map to settle', found)).jsonValue()) as number;
}

/** Clicks and returns the click's time stamp in the page. The click returns once its handlers have run. */
async function clickAt(page: Page, phase: Phase, target: Locator): Promise<number> {
  await within(phase, 'handling the click', target.click({ timeout: 0 }));
  const clickMark = page.evaluate(
    (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime,
    CLICK_MARK,
  );
  const at = await within(phase, 'reading the click time', clickMark);
  if (at === undefined) throw new Error('the click probe recorded no click');
  return at;
}

/** Waits until the page has an idle moment, so one phase's leftovers do not land in the next. */
const settle = (page: Page, phase: Phase): Promise<void> =>
  within(
    phase,
    'settling',
    page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })),
    ),
  );

async function usedHeapMB(page: Page, cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  // performance.memory is Chromium-only; --enable-precise-memory-info makes it exact.
  const bytes = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  return bytes / 1024 / 1024;
}

export interface MeasureOptions {
  baseURL: string;
  /** Record a CPU profile of each main-thread phase (slows the run: keep it out of the medians). */
  profileTo?: ProfileSink;
}

/** "N groups" in the Details panel (the first view's groups); null when it lists none. */
async function groupsInView(page: Page): Promise<number | null> {
  const text = await page.getByRole('region', { name: 'Details' }).textContent({ timeout: 0 });
  const groups = /([\d,]+) groups/.exec(text ?? '')?.[1];
  return groups === undefined ? null : Number(groups.replaceAll(',', ''));
}

/**
 * Measures one open → upload → Apply → filter → Show all → settle → pan + wheel sequence in
 * `page`, which must be fresh. A phase that times out ends the run with what was measured so far.
 */
export async function measureRun(
  page: Page,
  dataset: DatasetFiles,
  options: MeasureOptions,
): Promise<RunFigures> {
  const run: RunFigures = {
    bootMs: null,
    importMs: null,
    firstViewGroups: null,
    firstFrameMs: null,
    fullDetailMs: null,
    settledMs: null,
    panFps: null,
    slowestInputMs: null,
    filterMs: null,
    layoutMs: null,
    heapMB: null,
    longTaskCount: 0,
    longestTaskMs: 0,
    fullDetailMeasured: false,
    timedOut: null,
    longTasks: [],
    profiles: [],
  };
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const entries: StreamedEntry[] = [];
  let bootPixels: (at: number) => void = () => undefined;
  const booted = new Promise<number>((resolve) => (bootPixels = resolve));
  await page.exposeBinding(ENTRY_BINDING, (_source, entry: StreamedEntry) => {
    entries.push(entry);
    if (entry.type === 'pixels' && entry.name === PERF_MARKS.graphDrawn)
      bootPixels(entry.startTime + entry.duration);
  });
  await page.addInitScript(installProbe, {
    click: CLICK_MARK,
    upload: UPLOAD_MARK,
    binding: ENTRY_BINDING,
    longTaskMs: LONG_TASK_MS,
    streamedMarks: [PERF_MARKS.layoutStart, PERF_MARKS.layoutEnd],
    drawnMarks: [PERF_MARKS.graphDrawn, PERF_MARKS.filtersDrawn],
    mapSelector: MAP_SELECTOR,
    stateKey: PROBE_STATE,
    countFramesKey: COUNT_FRAMES,
  });
  // Long enough for the bench to stop a finished worker's profile.
  if (options.profileTo) await page.addInitScript(deferWorkerTermination, 10_000);
  const cdp = await page.context().newCDPSession(page);
  /** When each phase began, in page time, latest first: long tasks are put in the phase they fall in. */
  const phaseStarts: [Phase, number][] = [];
  const timed = async <T>(phase: Phase, action: () => Promise<T>): Promise<T> => {
    if (!options.profileTo) return action();
    const stopProfile = await startProfile(cdp);
    try {
      return await action();
    } finally {
      run.profiles.push(
        ...(await within(phase, 'stopping the CPU profiles', stopProfile(phase, options.profileTo))),
      );
    }
  };

  try {
    // The bundled map opens first (navigation is page time 0); the upload replaces it. Its pixels
    // are reported by the probe: polling the page from here would run Playwright's own script in
    // it (30-50 ms on a busy machine) while the boot is being timed.
    await within(
      'load',
      'opening the app',
      page.goto(`${options.baseURL}/?lang=en`, { timeout: 0, waitUntil: 'commit' }),
    );
    run.bootMs = await within('load', `waiting for the pixels of ${PERF_MARKS.graphDrawn}`, booted);
    await settle(page, 'load');

    // Profiled, this shows the main thread's share only: a big file is parsed in a worker.
    run.importMs = await timed('import', async () => {
      const input = page.getByLabel('Import CSV files');
      await within(
        'import',
        'uploading',
        input.setInputFiles([dataset.nodesPath, dataset.edgesPath], { timeout: 0 }),
      );
      const uploadAt = await waitForMark(page, 'import', 0, UPLOAD_MARK);
      phaseStarts.unshift(['import', uploadAt]);
      const importStart = await waitForMark(page, 'import', uploadAt, PERF_MARKS.importStart);
      return (await waitForMark(page, 'import', importStart, PERF_MARKS.importEnd)) - importStart;
    });

    const apply = page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Apply' });
    const { applyAt, drawnAt } = await timed('first frame', async () => {
      const clickedAt = await clickAt(page, 'first frame', apply);
      phaseStarts.unshift(['first frame', clickedAt]);
      return {
        applyAt: clickedAt,
        drawnAt: await waitForPixels(page, 'first frame', clickedAt, PERF_MARKS.graphDrawn),
      };
    });
    run.firstFrameMs = drawnAt - applyAt;
    const status = page.getByRole('status').filter({
      hasText: new RegExp(
        `${dataset.nodes} of ${dataset.nodes} nodes · ${dataset.edges} of ${dataset.edges} edges`,
      ),
    });
    await within(
      'first frame',
      'showing every row counted in the status line',
      status.waitFor({ timeout: 0 }),
    );
    await settle(page, 'first frame');
    run.firstViewGroups = await within('first frame', 'counting the groups', groupsInView(page));

    // The filter is timed on the map as it opens; unticking restores it before "Show all". A filter
    // change may redraw the grouped view as a whole, so the map is updated at either mark.
    const sector = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox').first();
    const toggleSector = async () => {
      const clickedAt = await clickAt(page, 'filter', sector);
      phaseStarts.unshift(['filter', clickedAt]);
      return (
        (await waitForPixels(page, 'filter', clickedAt, PERF_MARKS.filtersDrawn, PERF_MARKS.graphDrawn)) -
        clickedAt
      );
    };
    run.filterMs = await timed('filter', toggleSector);
    await settle(page, 'filter');
    await toggleSector();
    await settle(page, 'filter');

    const showAll = page.getByRole('button', { name: 'Show all', exact: true });
    run.fullDetailMeasured = await showAll.isVisible();
    // A map that opened complete was settled at its first frame.
    let shownAt = applyAt;
    run.fullDetailMs = run.firstFrameMs;
    if (run.fullDetailMeasured) {
      shownAt = await clickAt(page, 'full detail', showAll);
      phaseStarts.unshift(['full detail', shownAt]);
      run.fullDetailMs = await timed(
        'full detail',
        async () => (await waitForPixels(page, 'full detail', shownAt, PERF_MARKS.graphDrawn)) - shownAt,
      );
    }
    phaseStarts.unshift(['settle', shownAt + (run.fullDetailMs ?? 0)]);
    run.settledMs = (await timed('settle', () => waitForQuiet(page, 'settle', shownAt))) - shownAt;
    run.heapMB = await within('settle', 'measuring the heap', usedHeapMB(page, cdp));

    const panStart = await page.evaluate(() => performance.now());
    phaseStarts.unshift(['pan', panStart]);
    const pan = await timed('pan', () =>
      within(
        'pan',
        'panning and zooming',
        panAndWheel(page, cdp, {
          stateKey: PROBE_STATE,
          countFramesKey: COUNT_FRAMES,
          mapSelector: MAP_SELECTOR,
          waitQuiet: async (since) => void (await waitForQuiet(page, 'pan', since)),
        }),
      ),
    );
    run.panFps = pan.fps;
    run.slowestInputMs = pan.slowestInputMs;
  } catch (error) {
    if (!(error instanceof PhaseTimeout)) throw error;
    const measure = PHASE_MEASURES[error.phase];
    if (measure === 'bootMs') throw error;
    run[measure] = PHASE_TIMEOUT_MS;
    run.timedOut = measure;
  }
  if (pageErrors.length > 0)
    throw new Error(`the page reported errors during the bench: ${pageErrors.join('; ')}`);

  const uploadAt = phaseStarts.at(-1)?.[1] ?? Infinity;
  const appliedAt = phaseStarts.find(([phase]) => phase === 'first frame')?.[1];
  run.layoutMs = appliedAt === undefined ? null : layoutTime(entries, appliedAt);
  run.longTasks = entries
    .filter((task) => task.type === 'longtask' && task.startTime >= uploadAt)
    .map((task) => ({
      phase: phaseStarts.find(([, start]) => task.startTime >= start)?.[0] ?? 'import',
      startMs: task.startTime - uploadAt,
      durationMs: task.duration,
    }));
  const untilSettled = run.longTasks.filter((task) => UPLOAD_TO_SETTLED.has(task.phase));
  run.longTaskCount = untilSettled.length;
  run.longestTaskMs = Math.max(0, ...untilSettled.map((task) => task.durationMs));
  return run;
}
