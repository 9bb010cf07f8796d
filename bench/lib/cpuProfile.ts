/**
 * Main-thread CPU profiles of bench phases (CDP Profiler), saved as .cpuprofile for DevTools and
 * summarised as the functions and source files with the most self time, mapped back through the
 * build's source maps (node:module SourceMap: no extra dependency).
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

/** Starts the profiler; the function it gives stops it, then saves and summarises the profile. */
export async function startProfile(cdp: CDPSession): Promise<(phase: string, sink: ProfileSink) => Promise<PhaseProfile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return async (phase, sink) => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await mkdir(sink.dir, { recursive: true });
    const file = path.join(sink.dir, `${sink.name}-${phase.replaceAll(' ', '-')}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return { phase, file, ...(await summarise(profile, sink.distDir)) };
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
      return { name: frame.functionName, source: pseudo ? frame.functionName : '(browser)', line: null };
    }
    const map = frame.url.startsWith('http') ? await mapOf(frame.url) : null;
    // Node's typings leave out `name`, the original identifier, which findEntry does return.
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as Partial<SourceMapping & { name: string }> | undefined;
    if (!map || entry?.originalSource === undefined || entry.originalLine === undefined) {
      return { name: frame.functionName || '(anonymous)', source: shortSource(frame.url), line: frame.lineNumber + 1 };
    }
    const name = entry.name ?? nameInSource(sourceLine(map, entry.originalSource, entry.originalLine), entry.originalColumn ?? 0) ?? '(anonymous)';
    return { name, source: shortSource(entry.originalSource), line: entry.originalLine + 1 };
  };
}

const labelOf = ({ name, source, line }: Origin): string => (line === null ? (name === source ? name : `${name} (${source})`) : `${name} (${source}:${line})`);

async function summarise(profile: CpuProfile, distDir: string): Promise<Omit<PhaseProfile, 'phase' | 'file'>> {
  const selfMsById = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) => selfMsById.set(id, (selfMsById.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000));
  const resolve = originResolver(distDir);
  const byFunction = new Map<string, number>();
  const bySource = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);
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
