/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledOverview } from './build/bundledOverview.ts';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), bundledOverview(), offline()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    // cytoscape alone is 557 kB minified (170 kB gzip) and cannot be split; the budget that counts is
    // DESIGN.md §4's 350 KB gzip of initial JS, which `npm run bench` measures.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Two callbacks are slow on purpose and would be reported at every build: the PWA plugin's
      // precache manifest and the bundled map's overview layout (build/bundledOverview.ts).
      checks: { bundlerTimings: false },
      output: {
        // The map engine and React change less often than the app: separate files cache better.
        codeSplitting: {
          groups: [
            {
              name: 'cytoscape',
              test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
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
