import nodesUrl from '../../data/nodes.csv?url';
import edgesUrl from '../../data/edges.csv?url';
import type { InputFile } from '../domain/csv/import';

/** The bundled map's files, fetched from our own origin and read through the same import as an upload. */
export const fetchBundledFiles = async (): Promise<InputFile[]> =>
  Promise.all(
    [
      ['nodes.csv', nodesUrl],
      ['edges.csv', edgesUrl],
    ].map(async ([name, url]) => {
      const response = await fetch(url as string);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return { name: name as string, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
