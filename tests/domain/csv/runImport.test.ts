/** runImport (src/io): small imports inline, big ones through the worker's message protocol. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../../src/domain/csv/import';
import {
  INLINE_LIMIT,
  prepareImportWorker,
  runImport,
  type ImportRequest,
  type ImportResponse,
} from '../../../src/io/runImport';
import { fixture } from './helpers';

const asFile = (name: string) => new File([new Uint8Array(fixture(name).bytes)], name, { type: 'text/csv' });

/** A nodes file over INLINE_LIMIT, with kept columns named to tempt prototype pollution. */
function bigNodesFile(): File {
  const lines = ['id,type,constructor,__proto__'];
  for (let index = 0; lines.join('\n').length <= INLINE_LIMIT; index++) {
    lines.push(
      ...Array.from({ length: 1000 }, (_, offset) => `n${index * 1000 + offset},enterprise,c${offset},p`),
    );
  }
  lines.push('n-last,enterprise,,');
  return new File([lines.join('\n')], 'big.csv');
}

interface WorkerScope {
  onmessage: ((event: { data: ImportRequest }) => void) | null;
  postMessage: (message: ImportResponse) => void;
}

/**
 * A stand-in for `new Worker(…)`: runs the real importWorker.ts module, and copies every message
 * with structuredClone as the browser does (null prototypes are lost on the way).
 */
async function fakeWorker() {
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (message) => {
      worker.replies.push(message);
      worker.onmessage?.({ data: structuredClone(message) } as MessageEvent);
    },
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/io/importWorker');
  const worker = {
    onmessage: null as ((event: MessageEvent<ImportResponse>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    onmessageerror: null,
    terminated: false,
    posted: [] as unknown[],
    replies: [] as ImportResponse[],
    postMessage(request: ImportRequest, transfer: Transferable[]) {
      const data = structuredClone(request, { transfer });
      this.posted.push(data);
      setTimeout(() => scope.onmessage?.({ data }));
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runImport', () => {
  it('reads small Files inline, as importFiles would', async () => {
    const progress: number[] = [];
    const result = await runImport([asFile('pair-nodes.csv'), asFile('pair-edges.csv')], undefined, {
      onProgress: (fraction) => progress.push(fraction),
      createWorker: () => {
        throw new Error('no worker for small files');
      },
    });
    expect(result).toEqual(importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]));
    expect(progress.at(-1)).toBe(1);
  });

  it('accepts already loaded {name, bytes} and passes the current map on', async () => {
    const current = importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]).graph;
    const result = await runImport([fixture('pair-nodes.csv')], current);
    expect(result.graph.edges).toEqual(current.edges);
  });

  it('a file that cannot be read gives a fatal report naming it', async () => {
    class UnreadableFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new Error('permission denied'));
      }
    }
    const { report } = await runImport([new UnreadableFile([], 'locked.csv')]);
    expect(report.fatal).toBe(true);
    expect(report.problems).toEqual([
      {
        severity: 'fatal',
        code: 'read-failed',
        file: 'locked.csv',
        params: { message: 'permission denied' },
      },
    ]);
  });

  it('runs big files in the worker, with progress, and gives back null-prototype attributes', async () => {
    const worker = await fakeWorker();
    const file = bigNodesFile();
    const current = importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]).graph;
    const progress: number[] = [];
    const result = await runImport([file], current, {
      onProgress: (fraction) => progress.push(fraction),
      createWorker: () => worker as unknown as Worker,
    });
    const inline = importFiles(
      [{ name: 'big.csv', bytes: new Uint8Array(await file.arrayBuffer()) }],
      current,
    );
    expect(result).toEqual(inline);
    expect(result.report.problems.at(-1)?.code).toBe('edges-dropped');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
    const last = result.graph.nodes.at(-1);
    expect(Object.getPrototypeOf(last?.attributes)).toBeNull();
    expect(last?.attributes.constructor).toBeUndefined();
    expect(Object.getPrototypeOf(result.report.files[0]?.columns)).toBeNull();
  }, 30_000);

  it('sends the nodes ahead of the edges, and gives the graph and report importFiles gives', async () => {
    const worker = await fakeWorker();
    const nodes = bigNodesFile();
    const rows = Array.from({ length: 2000 }, (_, index) => `n${index},n${index + 1},supply`);
    const edges = new File([['source,target,relation', ...rows, 'n0,missing,supply'].join('\n')], 'e.csv');
    const result = await runImport([nodes, edges], undefined, {
      createWorker: () => worker as unknown as Worker,
    });
    const inline = importFiles([
      { name: nodes.name, bytes: new Uint8Array(await nodes.arrayBuffer()) },
      { name: edges.name, bytes: new Uint8Array(await edges.arrayBuffer()) },
    ]);
    expect(result).toEqual(inline);
    expect(result.report.problems.map((problem) => problem.code)).toContain('unknown-endpoint');
    expect(result.graph.edges).toHaveLength(rows.length);
    const sentAhead = worker.replies.filter((reply) => reply.type === 'progress' && reply.nodes);
    expect(sentAhead).toHaveLength(1);
    const done = worker.replies.at(-1);
    expect(done?.type === 'done' && [done.nodesSent, done.graph.nodeCount]).toEqual([true, 0]);
  }, 30_000);

  it('a fatal edges file after the nodes were sent ahead gives a fatal report and no graph', async () => {
    const worker = await fakeWorker();
    const nodes = bigNodesFile();
    // Every edge names a missing node: no valid row, which is fatal.
    const edges = new File(['source,target\nmissing,nowhere\n'], 'e.csv');
    const { graph, report } = await runImport([nodes, edges], undefined, {
      createWorker: () => worker as unknown as Worker,
    });
    expect(worker.replies.some((reply) => reply.type === 'progress' && reply.nodes)).toBe(true);
    expect([report.fatal, report.problems.at(-1)?.code]).toEqual([true, 'no-valid-rows']);
    expect(graph.nodes).toEqual([]);
  }, 30_000);

  it('reads in the worker started ahead of need, warmed up with made-up files, and starts the next one once the import is over, warming it up later', async () => {
    const workers = [await fakeWorker(), await fakeWorker()];
    let started = 0;
    vi.stubGlobal('Worker', function StartWorker() {
      return workers[started++];
    });
    vi.stubGlobal('requestIdleCallback', (work: () => void) => work());
    prepareImportWorker();
    prepareImportWorker();
    expect(started).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers[0]?.posted).toEqual([{ id: 0, request: { warmUp: true } }]);
    const file = bigNodesFile();
    const { report } = await runImport([file]);
    // The warm-up's imports leave nothing behind in the worker that reads the upload.
    expect(report).toEqual(
      importFiles([{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }]).report,
    );
    expect(report.nodeCount).toBeGreaterThan(0);
    expect(workers[0]?.terminated).toBe(true);
    expect(started).toBe(2);
    expect(workers[1]?.terminated).toBe(false);
    // Its warm-up waits: the map being drawn after an import needs both cores first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workers[1]?.posted).toEqual([]);
  }, 30_000);

  it('passes column mappings on, inline and to the worker', async () => {
    const small = await runImport([asFile('unmapped-edges.csv')], undefined, {
      mappings: [{ file: 'unmapped-edges.csv', roles: ['source', 'target', 'relation'] }],
    });
    expect(small.report.fatal).toBe(false);
    const rows = Array.from({ length: INLINE_LIMIT / 10 }, (_, index) => `m${index},enterprise`);
    const big = new File([['Code,Kind', ...rows].join('\n')], 'big.csv');
    const worker = await fakeWorker();
    const mappings = [{ file: 'big.csv', roles: ['id' as const, 'type' as const] }];
    const { report } = await runImport([big], undefined, {
      mappings,
      createWorker: () => worker as unknown as Worker,
    });
    expect(worker.terminated).toBe(true);
    expect([report.fatal, report.nodeCount]).toEqual([false, rows.length]);
  }, 30_000);

  it('a worker that fails or cannot start gives a fatal report', async () => {
    const worker = await fakeWorker();
    worker.postMessage = () =>
      setTimeout(() =>
        worker.onerror?.({ message: 'worker crashed', preventDefault: () => undefined } as ErrorEvent),
      );
    const crashed = await runImport([bigNodesFile()], undefined, {
      createWorker: () => worker as unknown as Worker,
    });
    expect(crashed.report.problems).toEqual([
      { severity: 'fatal', code: 'internal-error', file: 'big.csv', params: { message: 'worker crashed' } },
    ]);
    expect(worker.terminated).toBe(true);

    const garbled = await fakeWorker();
    garbled.postMessage = () =>
      setTimeout(() =>
        garbled.onmessage?.({
          data: { type: 'done', graph: {}, report: { files: [] } },
        } as unknown as MessageEvent<ImportResponse>),
      );
    const unreadable = await runImport([bigNodesFile()], undefined, {
      createWorker: () => garbled as unknown as Worker,
    });
    expect(unreadable.report.problems[0]).toMatchObject({
      severity: 'fatal',
      code: 'internal-error',
      file: 'big.csv',
    });
    expect(garbled.terminated).toBe(true);

    const unstarted = await runImport([bigNodesFile()], undefined, {
      createWorker: () => {
        throw new Error('workers are not supported');
      },
    });
    expect(unstarted.report.problems[0]).toMatchObject({
      code: 'internal-error',
      params: { message: 'workers are not supported' },
    });
  }, 30_000);
});
