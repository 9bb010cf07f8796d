import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:bundled-overview';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ROOT = path.resolve(import.meta.dirname, '..');
/** The bundled map's files (src/io/bundled.ts fetches the same two). */
const FILES = ['nodes.csv', 'edges.csv'].map((name) => ({ name, file: path.join(ROOT, 'data', name) }));
const LAYOUT = path.join(ROOT, 'src/graph-view/bundledOverview.ts');

interface Worked {
  code: string;
  /** The data files and the layout code it was worked out from. */
  inputs: string[];
}

/** The layout code is loaded by Vite's module runner, not imported: the config stays free of the app's sources. */
const workOut = async (): Promise<Worked> => {
  const { module, dependencies } = await runnerImport<typeof import('../src/graph-view/bundledOverview')>(
    LAYOUT,
    { configFile: false, logLevel: 'warn' },
  );
  const files = FILES.map(({ name, file }) => ({ name, bytes: new Uint8Array(readFileSync(file)) }));
  return {
    code: `export default ${JSON.stringify(module.overviewOfFiles(files))};\n`,
    inputs: [...FILES.map(({ file }) => file), ...dependencies],
  };
};

/**
 * The bundled map's first picture. `virtual:bundled-overview`: its overview layout, worked out from data/ when the app
 * is built (and by the dev server and Vitest), so the first picture needs no layout in the browser.
 * A change to the data or the layout code makes it again; a map that draws other elements lays
 * itself out as before (src/graph-view/shippedOverview.ts). It takes a few seconds on a busy
 * machine, so it starts with the build and runs while the rest of the app is transformed.
 */
export const bundledOverview = (): Plugin => {
  let worked: Promise<Worked> | null = null;
  const start = (): Promise<Worked> => {
    if (!worked) {
      worked = workOut();
      // Awaited by `load`; until then a failure must not count as unhandled.
      worked.catch(() => undefined);
    }
    return worked;
  };
  return {
    name: 'chain-explorer-bundled-overview',
    buildStart: () => void start(),
    watchChange: () => {
      worked = null;
    },
    // The bundled files are fetched as soon as the page is, not once the scripts have run: the
    // first render waits for them (src/app/main.tsx).
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter(
            (chunk) =>
              chunk.type === 'asset' &&
              chunk.originalFileNames.some((name) =>
                FILES.some(({ file }) => path.resolve(ROOT, name) === file),
              ),
          )
          .map((asset) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
    },
    resolveId: { filter: { id: new RegExp(`^${VIRTUAL_ID}$`) }, handler: () => RESOLVED_ID },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_ID}$`) },
      async handler() {
        const { code, inputs } = await start();
        for (const input of inputs) this.addWatchFile(input);
        return code;
      },
    },
  };
};
