import { useSyncExternalStore } from 'react';
import type { Graph } from '../../domain/graph/types';
import {
  runAnalysis,
  type AnalysisKind,
  type AnalysisOptions,
  type AnalysisResult,
} from '../../io/runAnalysis';

export type Outcome<T> =
  { status: 'pending' } | { status: 'done'; value: T } | { status: 'failed'; message: string };
/** 'idle': nothing asked yet (say, no node picked). */
export type AnalysisState<T> = { status: 'idle' } | Outcome<T>;

/**
 * Enough for every open section and a few filter states to come back to; few, because a ranking of
 * a 50k-node map is megabytes.
 */
const MAX_ENTRIES_PER_GRAPH = 16;

const byGraph = new WeakMap<Graph, Map<string, Outcome<unknown>>>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Sets (the visible ids) stand in a key by identity: visibleOf gives the same object for the same filters. */
const identities = new WeakMap<object, number>();
let lastIdentity = 0;
const identityOf = (object: object): number => {
  let identity = identities.get(object);
  if (identity === undefined) {
    identity = ++lastIdentity;
    identities.set(object, identity);
  }
  return identity;
};
const keyOf = (kind: AnalysisKind, options: unknown): string =>
  `${kind}:${JSON.stringify(options, (_key, value: unknown) => (value instanceof Set ? `#${identityOf(value)}` : value))}`;

/**
 * The outcome of an analysis, cached by graph identity and options, so a re-render (a pan, a hover)
 * never recomputes and the same object comes back until the result arrives.
 */
function outcomeOf<K extends AnalysisKind>(
  graph: Graph,
  kind: K,
  options: AnalysisOptions<K>,
): Outcome<AnalysisResult<K>> {
  let entries = byGraph.get(graph);
  if (!entries) {
    entries = new Map();
    byGraph.set(graph, entries);
  }
  const key = keyOf(kind, options);
  const cached = entries.get(key);
  if (cached) return cached as Outcome<AnalysisResult<K>>;

  const result = runAnalysis(graph, kind, options);
  const outcome: Outcome<AnalysisResult<K>> =
    result instanceof Promise ? { status: 'pending' } : { status: 'done', value: result };
  if (result instanceof Promise) {
    const settle = (settled: Outcome<unknown>) => {
      entries.set(key, settled);
      notify();
    };
    result.then(
      (value) => settle({ status: 'done', value }),
      (error: unknown) =>
        settle({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }
  entries.set(key, outcome);
  // Maps iterate in insertion order: the first key is the oldest.
  if (entries.size > MAX_ENTRIES_PER_GRAPH) entries.delete(entries.keys().next().value ?? key);
  return outcome;
}

const IDLE: AnalysisState<never> = { status: 'idle' };

/**
 * Runs `kind` on the graph when a section needs it (null options: not yet, e.g. no node picked),
 * at once on a small map, in the worker on a big one; re-renders when a worker result arrives.
 */
export function useAnalysis<K extends AnalysisKind>(
  graph: Graph,
  kind: K,
  options: AnalysisOptions<K> | null,
): AnalysisState<AnalysisResult<K>> {
  const snapshot = () => (options === null ? IDLE : outcomeOf(graph, kind, options));
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
