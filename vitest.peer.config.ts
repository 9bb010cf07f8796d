import { defineConfig } from 'vitest/config';

/** Tests that read ../shared/ (peer CSV suites, the source article): run by `npm run test:peer`. */
export default defineConfig({
  test: { include: ['tests/peer/**/*.test.ts'], environment: 'node' },
});
