/**
 * The JavaScript a first visit downloads: the entry script of index.html and the chunks Vite lists
 * beside it as modulepreload (every static import of the entry). Lazy chunks and workers are
 * loaded later, only when used, so they are not counted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  gzipKB: number;
}

const INITIAL_SCRIPT =
  /<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g;

export async function initialJsOf(distDir: string): Promise<InitialJs> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const files = await Promise.all(
    [...html.matchAll(INITIAL_SCRIPT)].map(async ([, file = '']) => ({
      file,
      // Level 9, as gzip-size and most servers' static compression measure it.
      gzipBytes: gzipSync(await readFile(path.join(distDir, file)), { level: 9 }).byteLength,
    })),
  );
  if (files.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  return { files, gzipKB: files.reduce((total, file) => total + file.gzipBytes, 0) / 1024 };
}
