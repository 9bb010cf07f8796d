import nodesUrl from '../../data/nodes.csv?url';
import edgesUrl from '../../data/edges.csv?url';
import exampleNodesUrl from '../../data/example/nodes.csv?url';
import exampleEdgesUrl from '../../data/example/edges.csv?url';
import type { InputFile } from '../domain/csv/import';

/** Files shipped with the app, fetched from our own origin only when asked for. */
const fetchFiles = async (files: readonly (readonly [name: string, url: string])[]): Promise<InputFile[]> =>
  Promise.all(
    files.map(async ([name, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );

/** The bundled map's files, read through the same import as an upload. */
export const fetchBundledFiles = (): Promise<InputFile[]> =>
  fetchFiles([
    ['nodes.csv', nodesUrl],
    ['edges.csv', edgesUrl],
  ]);

/** The fictional worked example (data/example/), read through the same import as an upload. */
export const fetchExampleFiles = (): Promise<InputFile[]> =>
  fetchFiles([
    ['example-nodes.csv', exampleNodesUrl],
    ['example-edges.csv', exampleEdgesUrl],
  ]);
