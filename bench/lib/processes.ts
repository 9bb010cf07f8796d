/**
 * The child processes the bench needs: the production build, the data set generator and
 * `vite preview`. Each is started directly (no shell), so stopping it stops the process itself.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetShape, DatasetSize } from './dataset';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const GENERATE = path.join(ROOT, 'bench/generate.mjs');

/** What the build is made of: a newer file here means the served build is stale. */
const BUILD_INPUTS = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
const SERVER_START_TIMEOUT_MS = 30_000;

/** Runs node with `args` and resolves when it exits 0; its output is shown only if it fails. */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  return Math.max(
    info.mtimeMs,
    ...(await Promise.all(children.map((child) => newestChange(path.join(entry, child))))),
  );
}

/** Builds into `distDir` unless its index.html is newer than every build input; says whether it built. */
export async function buildIfStale(distDir: string): Promise<boolean> {
  const built = (await stat(path.join(distDir, 'index.html')).catch(() => null))?.mtimeMs ?? 0;
  const inputs = await Promise.all(BUILD_INPUTS.map((input) => newestChange(path.join(ROOT, input))));
  if (built > Math.max(...inputs)) return false;
  // Vite's module runner, which loads the bench, sets NODE_ENV=development; inherited, it would
  // make the build bundle React's development files.
  await runNode([VITE, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'], {
    ...process.env,
    NODE_ENV: 'production',
  });
  return true;
}

/** The commit measured, and whether the build inputs had uncommitted changes. */
export const sourceRevision = (): string => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--', ...BUILD_INPUTS) !== '';
  return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
};

/** Writes `dir`/{nodes,edges}.csv with the seeded generator. */
export const generateData = (size: DatasetSize, shape: DatasetShape, dir: string): Promise<void> =>
  runNode([GENERATE, size, dir, '--shape', shape]);

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

const STOP_GRACE_MS = 5_000;

/** SIGTERM, then SIGKILL if it is still there after STOP_GRACE_MS. */
const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });

const answers = (url: string): Promise<boolean> =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** Serves `distDir` with `vite preview` on `port` (strict: a port in use fails) and waits until it answers. */
export async function startPreview(distDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  // Otherwise the bench could measure whatever already answers there before vite gives up.
  if (await answers(url))
    throw new Error(`port ${port} is already in use: stop what serves ${url}, or choose another port`);
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', distDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const server = { url, stop: () => stopProcess(child) };
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview on port ${port} exited with ${child.exitCode}: ${errors}`);
    if (await answers(url)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  throw new Error(`vite preview did not answer on ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}
