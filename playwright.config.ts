import { defineConfig } from '@playwright/test';

/**
 * Browser tests run Debian's Chromium (no browser download here) against a production build made
 * for them, so they also prove the build and its Content-Security-Policy: `--mode e2e` differs from
 * `npm run build` only by the map's test hook (src/app/mapTestHook.ts), in its own dist-e2e folder.
 */
/** E2E_PORT lets two checkouts on one machine run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // The e2e build registers the service worker, as production does; only the offline spec lets it
    // run, so that no other test is served from a cache (or escapes page.route through it).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Every spec but the touch walk, on a laptop screen (the `use` above).
    { name: 'desktop', testIgnore: 'touch.spec.ts' },
    // Phones and tablets (src/app/compact.css): only the touch walk, so CI stays quick.
    {
      name: 'phone',
      testMatch: 'touch.spec.ts',
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
    {
      name: 'tablet',
      testMatch: 'touch.spec.ts',
      use: { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: `npx vite build --mode e2e --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    // The build comes first: a busy machine needs a while.
    timeout: 180_000,
  },
});
