/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { importFiles } from '../domain/csv/import';
import type { ImportRequest, ImportResponse } from './runImport';

/** What this module uses of the worker's global scope (the DOM types declare `self` a Window). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
}

const scope = self as unknown as ImportWorkerScope;

scope.onmessage = ({ data }) => {
  const result = importFiles(data.files, data.current, {
    mappings: data.mappings,
    onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
  });
  scope.postMessage({ type: 'done', result });
};
