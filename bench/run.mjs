/**
 * `npm run bench`: measures the production build in headless Chromium (bench/lib/runBench.ts).
 * Node 20 cannot run TypeScript, so Vite's module runner loads the bench, as in generate.mjs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/cli.ts');
const { module: bench } = await runnerImport(cli, { configFile: false, logLevel: 'warn' });
try {
  await bench.main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
