/**
 * CPU profiles of bench phases (CDP Profiler), on the main thread and in every worker started
 * meanwhile, saved as .cpuprofile for DevTools and summarised as the functions and source files
 * with the most self time, mapped back through the build's source maps (node:module SourceMap: no
 * extra dependency).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { SourceMap, type SourceMapping } from 'node:module';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';

export interface ProfileSink {
  dir: string;
  /** Prefixes the file names, e.g. the data set size. */
  name: string;
  /** The served build, whose *.js.map files resolve minified frames. */
  distDir: string;
}

export interface HotSpot {
  name: string;
  selfMs: number;
  /** Of the whole profile. */
  share: number;
}

export interface PhaseProfile {
  phase: string;
  /** "main", or the worker's script name. */
  thread: string;
  file: string;
  totalMs: number;
  functions: HotSpot[];
  sources: HotSpot[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Fine enough to see 10 ms functions, coarse enough not to slow the page much. */
const SAMPLING_INTERVAL_US = 200;
const TOP_COUNT = 10;
const MAIN_THREAD = 'main';

type ProfilerCommand =
  | 'Profiler.enable'
  | 'Profiler.setSamplingInterval'
  | 'Profiler.start'
  | 'Profiler.stop'
  | 'Runtime.runIfWaitingForDebugger';
type Send = (method: ProfilerCommand, params?: object) => Promise<unknown>;

const startProfiler = async (send: Send): Promise<void> => {
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await send('Profiler.start');
};

/**
 * Runs in the page (page.addInitScript), in profiled runs only: a worker's profile can be read only
 * while it lives, and the app terminates a worker as soon as it has answered.
 */
export function deferWorkerTermination(graceMs: number): void {
  const terminate = Worker.prototype.terminate;
  Worker.prototype.terminate = function (this: Worker) {
    setTimeout(() => terminate.call(this), graceMs);
  };
}

/** "importWorker-FwwdGWY3.js" → "importWorker". */
const scriptName = (url: string): string =>
  path.basename(new URL(url).pathname).replace(/(?:-[\w-]{8})?\.js$/, '');

/**
 * Starts profiling the main thread and every worker started from now on; the function it gives
 * stops them all, then saves and summarises each profile. New workers are attached paused, so
 * their first task is not missed, through CDP target messages on Playwright's page session.
 */
export async function startProfile(
  cdp: CDPSession,
): Promise<(phase: string, sink: ProfileSink) => Promise<PhaseProfile[]>> {
  const sendToMain: Send = (method, params) => cdp.send(method, params as never);
  const threads = [
    { thread: MAIN_THREAD, sessionId: '', send: sendToMain, started: startProfiler(sendToMain) },
  ];
  let lastId = 0;
  const replies = new Map<
    number,
    { sessionId: string; resolve: (result: unknown) => void; reject: (error: Error) => void }
  >();
  const onMessage = ({ message }: { message: string }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = reply.id === undefined ? undefined : replies.get(reply.id);
    if (!waiting || reply.id === undefined) return;
    replies.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  };
  const onDetached = ({ sessionId }: { sessionId: string }) => {
    for (const [id, waiting] of replies) {
      if (waiting.sessionId !== sessionId) continue;
      replies.delete(id);
      waiting.reject(new Error('the worker ended before its profile was read'));
    }
  };
  const onAttached = (event: {
    sessionId: string;
    targetInfo: { type: string; url: string };
    waitingForDebugger: boolean;
  }) => {
    const { sessionId, targetInfo } = event;
    const send: Send = (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        replies.set(id, { sessionId, resolve, reject });
        cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(reject);
      });
    // Workers already running (e.g. one kept alive by deferWorkerTermination) belong to an earlier phase.
    if (!event.waitingForDebugger) return;
    const isWorker = targetInfo.type === 'worker';
    const started = (isWorker ? startProfiler(send) : Promise.resolve()).then(() =>
      send('Runtime.runIfWaitingForDebugger'),
    );
    if (isWorker)
      threads.push({ thread: scriptName(targetInfo.url), sessionId, send, started: started.then(() => {}) });
    else started.catch(() => {});
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  cdp.on('Target.detachedFromTarget', onDetached);
  cdp.on('Target.attachedToTarget', onAttached);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  return async (phase, sink) => {
    const profiles: PhaseProfile[] = [];
    await mkdir(sink.dir, { recursive: true });
    for (const { thread, send, started } of threads) {
      const stopped = started.then(() => send('Profiler.stop') as Promise<{ profile: CpuProfile }>);
      // A worker can still end first (killed, or crashed): its profile is lost, the others are not.
      const result = thread === MAIN_THREAD ? await stopped : await stopped.catch(() => null);
      if (!result) continue;
      const suffix = thread === MAIN_THREAD ? '' : `.${thread}`;
      const file = path.join(sink.dir, `${sink.name}-${phase.replaceAll(' ', '-')}${suffix}.cpuprofile`);
      await writeFile(file, JSON.stringify(result.profile));
      profiles.push({ phase, thread, file, ...(await summarise(result.profile, sink.distDir)) });
    }
    await cdp.send('Target.setAutoAttach', {
      autoAttach: false,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    cdp.off('Target.detachedFromTarget', onDetached);
    cdp.off('Target.attachedToTarget', onAttached);
    return profiles;
  };
}

interface Origin {
  name: string;
  /** `src/…` path, npm package name, "(browser)" for built-ins, or a V8 pseudo-frame such as "(garbage collector)". */
  source: string;
  line: number | null;
}

/** "../../node_modules/cytoscape/dist/x.mjs" → "cytoscape"; "../../src/io/a.ts" → "src/io/a.ts". */
const shortSource = (original: string): string => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)|(src\/.*)$/.exec(original);
  return match?.[1] ?? match?.[2] ?? original;
};

/**
 * The source map names an identifier only where the minifier kept a mapping for it; many
 * functions (`var Collection = function Collection(…)`) lose theirs. Their original text says.
 */
const nameInSource = (line: string, column: number): string | undefined => {
  const before = line.slice(0, column);
  const after = line.slice(column);
  return (
    /^(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(after)?.[1] ?? // function name(
    /([\w$.]+)\s*[:=]\s*(?:async\s+)?$/.exec(before)?.[1] ?? // name = function, name: (…) =>
    /^(?!function\b)([\w$]+)\s*\(/.exec(after)?.[1] // method(
  );
};

function originResolver(distDir: string): (frame: CallFrame) => Promise<Origin> {
  const maps = new Map<string, Promise<SourceMap | null>>();
  const mapOf = (url: string): Promise<SourceMap | null> => {
    let map = maps.get(url);
    if (!map) {
      const file = path.join(distDir, new URL(url).pathname);
      map = readFile(`${file}.map`, 'utf8').then(
        (text) => new SourceMap(JSON.parse(text)),
        () => null,
      );
      maps.set(url, map);
    }
    return map;
  };
  const sourceLines = new Map<string, string[]>();
  const sourceLine = (map: SourceMap, source: string, line: number): string => {
    const key = `${map.payload.file}|${source}`;
    let lines = sourceLines.get(key);
    if (!lines) {
      lines = map.payload.sourcesContent[map.payload.sources.indexOf(source)]?.split('\n') ?? [];
      sourceLines.set(key, lines);
    }
    return lines[line] ?? '';
  };
  return async (frame) => {
    if (!frame.url) {
      const pseudo = frame.functionName.startsWith('(');
      return {
        name: frame.functionName || '(anonymous)',
        source: pseudo ? frame.functionName : '(browser)',
        line: null,
      };
    }
    const map = frame.url.startsWith('http') ? await mapOf(frame.url) : null;
    // Node's typings leave out `name`, the original identifier, which findEntry does return.
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
      Partial<SourceMapping & { name: string }> | undefined;
    if (!map || entry?.originalSource === undefined || entry.originalLine === undefined) {
      // Bundler glue the source map leaves out: name the built file.
      const source = frame.url.startsWith('http')
        ? new URL(frame.url).pathname.slice(1)
        : shortSource(frame.url);
      return { name: frame.functionName || '(anonymous)', source, line: frame.lineNumber + 1 };
    }
    const name =
      entry.name ??
      nameInSource(sourceLine(map, entry.originalSource, entry.originalLine), entry.originalColumn ?? 0) ??
      '(anonymous)';
    return { name, source: shortSource(entry.originalSource), line: entry.originalLine + 1 };
  };
}

const labelOf = ({ name, source, line }: Origin): string =>
  line === null ? (name === source ? name : `${name} (${source})`) : `${name} (${source}:${line})`;

async function summarise(
  profile: CpuProfile,
  distDir: string,
): Promise<Omit<PhaseProfile, 'phase' | 'thread' | 'file'>> {
  const selfMsById = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) =>
    selfMsById.set(id, (selfMsById.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000),
  );
  const resolve = originResolver(distDir);
  const byFunction = new Map<string, number>();
  const bySource = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, ms: number) =>
    totals.set(key, (totals.get(key) ?? 0) + ms);
  for (const node of profile.nodes) {
    const selfMs = selfMsById.get(node.id);
    if (!selfMs) continue;
    const origin = await resolve(node.callFrame);
    add(byFunction, labelOf(origin), selfMs);
    add(bySource, origin.source, selfMs);
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const top = (totals: Map<string, number>): HotSpot[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_COUNT)
      .map(([name, selfMs]) => ({ name, selfMs, share: selfMs / totalMs }));
  return { totalMs, functions: top(byFunction), sources: top(bySource) };
}
