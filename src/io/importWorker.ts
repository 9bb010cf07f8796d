/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { importFiles } from '../domain/csv/import';
import { packedBuffers, packGraph, unpackGraph } from './packedGraph';
import type { ImportRequest, ImportResponse } from './runImport';

/** What this module uses of the worker's global scope (the DOM types declare `self` a Window). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse, transfer?: Transferable[]) => void;
}

const scope = self as unknown as ImportWorkerScope;

scope.onmessage = ({ data }) => {
  const { graph, report } = importFiles(data.files, data.current && unpackGraph(data.current), {
    mappings: data.mappings,
    onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
  });
  const packed = packGraph(graph);
  scope.postMessage({ type: 'done', graph: packed, report }, packedBuffers(packed));
};
