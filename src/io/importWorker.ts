/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { failedImport, importFiles, type ImportResult } from '../domain/csv/import';
import { packedBuffers, packGraph, unpackGraph } from './packedGraph';
import type { ImportRequest, ImportResponse } from './runImport';
import { expandWorkbooks } from './workbookRead';

/** What this module uses of the worker's global scope (the DOM types declare `self` a Window). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse, transfer?: Transferable[]) => void;
}

const scope = self as unknown as ImportWorkerScope;

async function runRequest(data: ImportRequest): Promise<ImportResult> {
  const inputs = await expandWorkbooks(data.files);
  if (!Array.isArray(inputs)) return inputs;
  return importFiles(inputs, data.current && unpackGraph(data.current), {
    mappings: data.mappings,
    onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
  });
}

/** A failure (say the workbook reader could not be loaded) is a fatal report, not an import that never ends. */
const failed = (data: ImportRequest, error: unknown): ImportResult =>
  failedImport(data.files.map((file) => file.name).join(', '), 'internal-error', {
    message: error instanceof Error ? error.message : String(error),
  });

scope.onmessage = ({ data }) => {
  void runRequest(data)
    .catch((error: unknown) => failed(data, error))
    .then(({ graph, report }) => {
      const packed = packGraph(graph);
      scope.postMessage({ type: 'done', graph: packed, report }, packedBuffers(packed));
    });
};
