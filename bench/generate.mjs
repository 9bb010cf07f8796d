/**
 * Writes a synthetic dataset: `node bench/generate.mjs S|M|L [outDir]` (default bench/data/<size>).
 * Node 20 cannot run TypeScript, so Vite's module runner loads the generator: no extra dependency.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { module: dataset } = await runnerImport(path.join(benchDir, 'lib/dataset.ts'), {
  configFile: false,
  logLevel: 'warn',
});

const [size, outDir = path.join(benchDir, 'data', size ?? '')] = process.argv.slice(2);
if (!size || !Object.hasOwn(dataset.DATASET_SIZES, size)) {
  console.error(`usage: node bench/generate.mjs ${Object.keys(dataset.DATASET_SIZES).join('|')} [outDir]`);
  process.exit(2);
}

const { nodesCsv, edgesCsv } = dataset.generateDataset(size);
await mkdir(outDir, { recursive: true });
await Promise.all([
  writeFile(path.join(outDir, 'nodes.csv'), nodesCsv),
  writeFile(path.join(outDir, 'edges.csv'), edgesCsv),
]);
const { nodes, edges } = dataset.DATASET_SIZES[size];
console.log(`${size}: ${nodes} nodes, ${edges} edges → ${outDir}`);
