/** The module worker behind runImport: one import per worker, progress posted as it goes. */
import { importFiles } from '../domain/csv/import';
import type { ImportRequest, ImportResponse } from './runImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<ImportRequest>) => {
  const result = importFiles(data.files, data.current, { onProgress: (fraction) => post({ type: 'progress', fraction }) });
  post({ type: 'done', result });
};
