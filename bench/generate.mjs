/**
 * Writes a synthetic dataset: `node bench/generate.mjs S|M|L [outDir] [--shape chains|flat]`
 * (default bench/data/<size>, chains).
 * Node 20 cannot run TypeScript, so Vite's module runner loads the generator: no extra dependency.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { module: dataset } = await runnerImport(path.join(benchDir, 'lib/dataset.ts'), {
  configFile: false,
  logLevel: 'warn',
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shape: { type: 'string', default: 'chains' } },
});
const [size, outDir = path.join(benchDir, 'data', size ?? '')] = positionals;
if (!size || !Object.hasOwn(dataset.DATASET_SIZES, size) || !dataset.DATASET_SHAPES.includes(values.shape)) {
  const sizes = Object.keys(dataset.DATASET_SIZES).join('|');
  console.error(
    `usage: node bench/generate.mjs ${sizes} [outDir] [--shape ${dataset.DATASET_SHAPES.join('|')}]`,
  );
  process.exit(2);
}

const { nodesCsv, edgesCsv } = dataset.generateDataset(size, dataset.DEFAULT_SEED, values.shape);
await mkdir(outDir, { recursive: true });
await Promise.all([
  writeFile(path.join(outDir, 'nodes.csv'), nodesCsv),
  writeFile(path.join(outDir, 'edges.csv'), edgesCsv),
]);
const { nodes, edges } = dataset.DATASET_SIZES[size];
console.log(`${size} ${values.shape}: ${nodes} nodes, ${edges} edges → ${outDir}`);
