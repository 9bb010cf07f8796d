import {
  failedImport,
  importFiles,
  type ColumnMapping,
  type ImportResult,
  type InputFile,
} from '../domain/csv/import';
import type { ImportReport } from '../domain/csv/report';
import type { Graph } from '../domain/graph/types';
import { containerOf } from '../domain/workbook/sniff';
import {
  ALL_FIELDS,
  packedBuffers,
  packGraph,
  unpackGraphSteps,
  unpackPartSteps,
  type NodeKey,
  type PackedGraph,
  type ProjectedGraph,
} from './packedGraph';
import { finishStepsInTasks } from './taskSlices';
import { mark, PERF_MARKS } from './perfMarks';
import { workerFailed, WorkerClient, type WorkerEnvelope, type WorkerReply } from './workerClient';

/**
 * Runs the CSV import off the main thread unless it is small: up to INLINE_LIMIT bytes in all (the
 * bundled map) it runs here, where it takes a few tens of milliseconds; above that in
 * importWorker.ts (started ahead of need), so no import holds the page (a 170 KB pair took 275–375 ms here). Workbooks (.xlsx) are always read in the worker, which alone loads their
 * reader. Resolves, never rejects: a failure is a fatal report (and, from the worker, a notice: see
 * workerClient.ts).
 */

export const INLINE_LIMIT = 64 * 1024;

export type ImportSource = File | InputFile;

export interface RunImportOptions {
  /** The share of the import done (0–1). */
  onProgress?: (fraction: number) => void;
  /** Tests stand in a fake; the app uses the real module worker. */
  createWorker?: () => Worker;
  /** Column mappings for files whose headers name no role (see importFiles). */
  mappings?: readonly ColumnMapping[];
}

/** What runImport posts to the worker, and what the worker posts back; graphs go packed (see packedGraph.ts). */
export interface ImportRequest {
  files: InputFile[];
  /** Only the current edges matter to the import (see importFiles): the nodes are not sent. */
  current?: PackedGraph<never>;
  mappings?: readonly ColumnMapping[];
}
/** Posted to the spare worker as it starts: it reads made-up files until an upload comes (see importWorker.ts). */
export interface WarmUpRequest {
  warmUp: true;
}
export interface ImportProgress {
  fraction: number;
  /**
   * The nodes, sent as soon as they are read (ImportOptions.onNodesRead): the page unpacks them
   * while the worker reads the edges. The first part of the result's graph when it says `nodesSent`.
   */
  nodes?: PackedGraph<NodeKey, never>;
}
/** The graph whole, or with `nodesSent` its second part (edges and the rest), packed after the nodes sent ahead. */
export type ImportDone =
  | { graph: PackedGraph; report: ImportReport; nodesSent?: undefined }
  | { graph: PackedGraph<never>; report: ImportReport; nodesSent: true };
export type ImportResponse = WorkerReply<ImportProgress, ImportDone>;

/** No word from the import worker (it reports progress as it reads) for this long is a failure. */
const IMPORT_SILENCE_LIMIT_MS = 120_000;

const startImportWorker = (): Worker =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/**
 * A worker started ahead of need (prepareImportWorker), so its start-up and module load are not
 * part of an import. Each import takes it, and a fresh one is started once that import is over.
 */
let warmWorker: Worker | undefined;

const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 0);
};

/**
 * After an import the next spare worker warms up only this much later: the map being drawn needs
 * both cores first (the warm-up takes a core for a few hundred milliseconds).
 */
const WARM_UP_AFTER_IMPORT_MS = 5_000;

/**
 * Starts the import worker while the page is idle, if none is waiting yet, and has it warm up
 * (importWorker.ts) at the next idle moment `warmUpAfterMs` later.
 */
export function prepareImportWorker(warmUpAfterMs = 0): void {
  whenIdle(() => {
    try {
      if (warmWorker) return;
      const worker = startImportWorker();
      warmWorker = worker;
      setTimeout(
        () =>
          whenIdle(() => {
            // Not one an import has taken meanwhile: it is reading the upload.
            if (warmWorker === worker)
              worker.postMessage({
                id: 0,
                request: { warmUp: true },
              } satisfies WorkerEnvelope<WarmUpRequest>);
          }),
        warmUpAfterMs,
      );
    } catch {
      // No worker now: the import starts its own and reports why if it cannot.
    }
  });
}

function takeWorker(): Worker {
  const worker = warmWorker ?? startImportWorker();
  warmWorker = undefined;
  return worker;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The nodes sent ahead, unpacked (null when that failed or was stopped), with the strings their edges refer to. */
type NodesAhead = Promise<{
  value: { graph: ProjectedGraph<NodeKey, never>; strings: readonly string[] };
} | null>;

/**
 * Structured cloning gives every object Object.prototype back; a column summary must be null-prototype
 * again. A big graph is unpacked over several short tasks (at L one task took ~300 ms); its nodes,
 * when they were sent ahead, while the worker read the edges.
 */
async function receivedResult(done: ImportDone, nodesAhead: NodesAhead | undefined): Promise<ImportResult> {
  const { report } = done;
  for (const file of report.files) Object.setPrototypeOf(file.columns, null);
  if (!done.nodesSent) {
    const unpacked = await finishStepsInTasks(unpackGraphSteps(done.graph));
    if (!unpacked) throw new Error('the graph was not unpacked');
    return { graph: unpacked.value, report };
  }
  const nodes = await nodesAhead;
  if (!nodes) throw new Error('the nodes sent ahead were not unpacked');
  const rest = await finishStepsInTasks(unpackPartSteps(done.graph, nodes.value.strings));
  if (!rest) throw new Error('the graph was not unpacked');
  return { graph: { ...rest.value.graph, nodes: nodes.value.graph.nodes }, report };
}

async function importInWorker(
  request: ImportRequest,
  transfer: Transferable[],
  options: RunImportOptions,
): Promise<ImportResult> {
  const client = new WorkerClient<ImportRequest, ImportProgress, ImportDone>({
    name: 'import',
    create: options.createWorker ?? takeWorker,
    silenceLimitMs: IMPORT_SILENCE_LIMIT_MS,
  });
  let nodesAhead: NodesAhead | undefined;
  // Until the import is over: nodes that a fatal answer leaves unused stop being unpacked.
  let over = false;
  const job = client.run(request, {
    transfer,
    onProgress: ({ fraction, nodes }) => {
      if (nodes) nodesAhead = finishStepsInTasks(unpackPartSteps(nodes, []), () => !over).catch(() => null);
      options.onProgress?.(fraction);
    },
  });
  try {
    const done = await job.result;
    if (!done) throw new Error('the import was cancelled');
    try {
      return await receivedResult(done, nodesAhead);
    } catch (error) {
      throw workerFailed('import', describe(error));
    }
  } finally {
    over = true;
    if (!options.createWorker) prepareImportWorker(WARM_UP_AFTER_IMPORT_MS);
  }
}

/**
 * Imports uploaded Files (or already loaded {name, bytes}). `current` is the map now shown: a nodes
 * file alone keeps its edges whose endpoints still exist.
 */
export async function runImport(
  sources: readonly ImportSource[],
  current?: Graph,
  options: RunImportOptions = {},
): Promise<ImportResult> {
  mark(PERF_MARKS.importStart);
  return importSources(sources, current, options).finally(() => mark(PERF_MARKS.importEnd));
}

async function importSources(
  sources: readonly ImportSource[],
  current: Graph | undefined,
  options: RunImportOptions,
): Promise<ImportResult> {
  const files: InputFile[] = [];
  /** Buffers read here belong to nobody else, so they move to the worker instead of being copied. */
  const transfer: ArrayBuffer[] = [];
  // Side by side: each read waits on the browser, not on this thread.
  const reads = await Promise.all(
    sources.map((source) =>
      source instanceof File
        ? source.arrayBuffer().then(
            (buffer) => ({ source, buffer }),
            (error: unknown) => ({ source, error }),
          )
        : { source },
    ),
  );
  for (const read of reads) {
    const { source } = read;
    if (!(source instanceof File)) files.push(source);
    else if ('error' in read)
      return failedImport(source.name, 'read-failed', { message: describe(read.error) });
    else if ('buffer' in read) {
      transfer.push(read.buffer);
      files.push({ name: source.name, bytes: new Uint8Array(read.buffer) });
    }
  }
  const size = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  const { onProgress, mappings } = options;
  const workbook = files.some((file) => containerOf(file.bytes) === 'zip');
  if (size <= INLINE_LIMIT && !workbook) return importFiles(files, current, { onProgress, mappings });
  try {
    // Only the current edges (and how they were spelled) matter to the import (see importFiles); the nodes need not go over.
    const currentEdges =
      current &&
      packGraph(
        {
          nodes: [],
          edges: current.edges,
          nodeExtraColumns: [],
          edgeExtraColumns: current.edgeExtraColumns,
          spelling: { edges: current.spelling?.edges },
        },
        { nodes: [], edges: ALL_FIELDS.edges },
      );
    if (currentEdges) transfer.push(...packedBuffers(currentEdges));
    return await importInWorker({ files, current: currentEdges, mappings }, transfer, options);
  } catch (error) {
    return failedImport(files.map((file) => file.name).join(', '), 'internal-error', {
      message: describe(error),
    });
  }
}
