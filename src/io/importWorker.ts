/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { failedImport, importFiles, type ImportResult } from '../domain/csv/import';
import { packedBuffers, packGraph, unpackGraph } from './packedGraph';
import type { ImportDone, ImportProgress, ImportRequest } from './runImport';
import { expandWorkbooks } from './workbookRead';
import { serveJobs } from './workerServer';

async function runRequest(
  request: ImportRequest,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  const inputs = await expandWorkbooks(request.files);
  if (!Array.isArray(inputs)) return inputs;
  // Only the current edges were sent (see ImportRequest).
  const current = request.current && { ...unpackGraph(request.current), nodes: [] };
  return importFiles(inputs, current, { mappings: request.mappings, onProgress });
}

/** A failure (say the workbook reader could not be loaded) is a fatal report, not an import that never ends. */
const failed = (request: ImportRequest, error: unknown): ImportResult =>
  failedImport(request.files.map((file) => file.name).join(', '), 'internal-error', {
    message: error instanceof Error ? error.message : String(error),
  });

serveJobs<ImportRequest, ImportProgress, ImportDone>(async (request, progress) => {
  const { graph, report } = await runRequest(request, (fraction) => progress({ fraction })).catch(
    (error: unknown) => failed(request, error),
  );
  const packed = packGraph(graph);
  return { result: { graph: packed, report }, transfer: packedBuffers(packed) };
});
