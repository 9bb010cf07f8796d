/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production page's Content-Security-Policy. Only the build gets it: the dev server injects
 * inline styles and a websocket client that a strict policy would block.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'chain-explorer-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * The service worker (Workbox, generated at build time; dev server and Vitest have none) precaches
 * what a reload without network needs: the page, its scripts and styles, the lazy chunks (Analysis,
 * pinyin, exports), the workers and the bundled and example CSV files. exceljs is left out of the
 * precache: its two copies (one in the import worker, one for writing) are ~930 kB each, twice
 * the rest of the app, which every visitor would download at every deployment though few ever open
 * a workbook. It is cached the first time it is used instead, so a workbook read or written once
 * online works offline too.
 */
const offline = () =>
  VitePWA({
    // A new deployment waits for the user's Reload (src/features/status/UpdatePrompt.tsx).
    registerType: 'prompt',
    // Registered by src/io/serviceWorker.ts, which tells the app when an update waits.
    injectRegister: false,
    // Offline reloads need no install prompt, icons or manifest.
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,csv}'],
      globIgnores: ['**/exceljs*.js'],
      runtimeCaching: [
        {
          urlPattern: ({ sameOrigin, url }) => sameOrigin && /\/assets\/exceljs[^/]*\.js$/.test(url.pathname),
          // File names carry a content hash: a cached copy is never stale.
          handler: 'CacheFirst',
          options: { cacheName: 'exceljs', expiration: { maxEntries: 4 } },
        },
      ],
      cleanupOutdatedCaches: true,
    },
  });

const VIRTUAL_ID = 'virtual:bundled-overview';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ROOT = import.meta.dirname;
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
  const { module, dependencies } = await runnerImport<typeof import('./src/graph-view/bundledOverview')>(
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
const bundledOverview = (): Plugin => {
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

/** What src/app/mapEngine.ts loads: the map's code and cytoscape. */
const MAP_ENGINE = path.join(ROOT, 'src/graph-view/mapEngine.ts');

/**
 * The map engine is imported dynamically (src/app/mapEngine.ts), so the page's own modules run without
 * waiting for it; Vite would fetch it only once they run. `index.html` preloads it and the chunks it
 * imports instead, so it downloads with them, after them in the page (the page's modules are needed
 * first, and the browser opens six connections to a server at most).
 */
const mapEnginePreload = (): Plugin => ({
  name: 'chain-explorer-map-engine-preload',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) => {
      const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const engine = chunks.find((chunk) => chunk.moduleIds.includes(MAP_ENGINE));
      if (!engine) throw new Error(`no chunk for ${MAP_ENGINE}`);
      // The entry's own imports are preloaded by Vite already.
      const preloaded = new Set(
        chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]),
      );
      const files: string[] = [];
      const add = (fileName: string): void => {
        if (preloaded.has(fileName) || files.includes(fileName)) return;
        files.push(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) add(imported);
      };
      add(engine.fileName);
      return files.map((fileName) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
        injectTo: 'head' as const,
      }));
    },
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), bundledOverview(), mapEnginePreload(), offline()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    // cytoscape alone is 435 kB minified (135 kB gzip) and cannot be split; the budget that counts is
    // DESIGN.md §4's 350 KB gzip of initial JS, which `npm run bench` measures.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Two callbacks are slow on purpose and would be reported at every build: the PWA plugin's
      // precache manifest and the bundled map's overview layout (bundledOverview above).
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            // cytoscape changes less often than the app: a file of its own caches better.
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            // Only a small uploaded map's overview needs fcose: loaded on first use (src/graph-view/fcose.ts).
            { name: 'fcose', test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/ },
            // What the page runs before the map engine (React with it), in one file: split by what the
            // lazy parts share with it, it was a dozen, and the browser fetches six at a time from a server.
            { name: 'index', tags: ['$initial'], priority: -1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/peer/**', 'node_modules/**'],
    environment: 'node',
  },
});
