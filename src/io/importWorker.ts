/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { failedImport, importFiles, type ImportResult } from '../domain/csv/import';
import { warmUpSample } from '../domain/csv/warmUpSample';
import type { GraphNode } from '../domain/graph/types';
import { Packer } from './packedCodecs';
import { ALL_FIELDS, packedBuffers, packGraph, unpackGraph } from './packedGraph';
import type { ImportDone, ImportProgress, ImportRequest, WarmUpRequest } from './runImport';
import { expandWorkbooks } from './workbookRead';
import { serveJobs } from './workerServer';

/**
 * How many made-up imports a spare worker runs before the upload (5–40 ms each in Chromium): a
 * 10k-node pair read and packed by a worker warmed so took 25–40% less time than by a cold one. Each
 * is its own task, so an upload that comes meanwhile waits for one at most, and stops the rest.
 */
const WARM_UP_STEPS = 12;
let uploadCame = false;

async function warmUp(): Promise<void> {
  for (let step = 0; step < WARM_UP_STEPS && !uploadCame; step++) {
    packGraph(importFiles(warmUpSample(step)).graph);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function runRequest(
  request: ImportRequest,
  onProgress: (fraction: number) => void,
  onNodesRead: (nodes: GraphNode[]) => void,
): Promise<ImportResult> {
  const inputs = await expandWorkbooks(request.files);
  if (!Array.isArray(inputs)) return inputs;
  // Only the current edges were sent (see ImportRequest).
  const current = request.current && { ...unpackGraph(request.current), nodes: [] };
  return importFiles(inputs, current, { mappings: request.mappings, onProgress, onNodesRead });
}

/** A failure (say the workbook reader could not be loaded) is a fatal report, not an import that never ends. */
const failed = (request: ImportRequest, error: unknown): ImportResult =>
  failedImport(request.files.map((file) => file.name).join(', '), 'internal-error', {
    message: error instanceof Error ? error.message : String(error),
  });

serveJobs<ImportRequest | WarmUpRequest, ImportProgress, ImportDone>(async (request, progress) => {
  if ('warmUp' in request) {
    await warmUp();
    return undefined;
  }
  uploadCame = true;
  // The nodes go ahead as soon as they are read, so the page unpacks them while the edges are read
  // here; the edges follow, packed by the same packer (their endpoints refer to the ids sent).
  let packer: Packer | undefined;
  const sendNodes = (nodes: GraphNode[]) => {
    packer = new Packer();
    const graph = { nodes, edges: [], nodeExtraColumns: [], edgeExtraColumns: [] };
    const part = packGraph(graph, { nodes: ALL_FIELDS.nodes, edges: [] }, packer);
    progress({ fraction: 0.75, nodes: part }, packedBuffers(part));
  };
  const { graph, report } = await runRequest(request, (fraction) => progress({ fraction }), sendNodes).catch(
    (error: unknown) => failed(request, error),
  );
  // A fatal import's graph is empty: the nodes sent are not its nodes.
  const nodesSent = packer !== undefined && !report.fatal;
  if (!nodesSent) {
    const packed = packGraph(graph);
    return { result: { graph: packed, report }, transfer: packedBuffers(packed) };
  }
  const rest = packGraph({ ...graph, nodes: [] }, { nodes: [], edges: ALL_FIELDS.edges }, packer);
  return { result: { graph: rest, report, nodesSent }, transfer: packedBuffers(rest) };
});
