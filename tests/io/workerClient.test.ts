import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onWorkerFailure,
  WorkerClient,
  WorkerError,
  type WorkerEnvelope,
  type WorkerReply,
} from '../../src/io/workerClient';

type Reply = WorkerReply<{ done: number }, { value: number }>;

/** A worker that answers each request as `answer` says, one reply per microtask. */
class FakeWorker {
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (envelope: WorkerEnvelope<number>) => Reply[]) {}
  postMessage(envelope: WorkerEnvelope<number>) {
    for (const reply of this.answer(envelope))
      queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<Reply>));
  }
  terminate() {
    this.terminated = true;
  }
}

const clientOf = (worker: FakeWorker, keep = false) =>
  new WorkerClient<number, { done: number }, { value: number }>({
    name: 'analysis',
    create: () => worker as unknown as Worker,
    silenceLimitMs: 1000,
    keep,
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkerClient', () => {
  it('reports progress, resolves the result and stops a one-job worker', async () => {
    const worker = new FakeWorker(({ id, request }) => [
      { id, type: 'progress', done: 1 },
      { id, type: 'done', value: request * 2 },
    ]);
    const progress = vi.fn();
    const done = await clientOf(worker).run(21, { onProgress: progress }).result;
    expect(done?.value).toBe(42);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ done: 1 }));
    expect(worker.terminated).toBe(true);
  });

  it('keeps a kept worker between jobs and routes answers by id', async () => {
    const worker = new FakeWorker(({ id, request }) => [{ id, type: 'done', value: request }]);
    const client = clientOf(worker, true);
    const [a, b] = await Promise.all([client.run(1).result, client.run(2).result]);
    expect([a?.value, b?.value]).toEqual([1, 2]);
    expect(worker.terminated).toBe(false);
  });

  it('fails a job the worker answers with an error, and tells the failure listeners', async () => {
    const heard = vi.fn();
    const stop = onWorkerFailure(heard);
    const worker = new FakeWorker(({ id }) => [{ id, type: 'error', message: 'bad input' }]);
    await expect(clientOf(worker).run(1).result).rejects.toThrow(new WorkerError('analysis', 'bad input'));
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ worker: 'analysis', message: 'bad input' }));
    stop();
  });

  it('fails every job when the worker crashes or cannot start', async () => {
    const worker = new FakeWorker(() => []);
    const client = clientOf(worker, true);
    const jobs = [client.run(1).result, client.run(2).result];
    worker.onerror?.({ message: 'crashed', preventDefault: () => undefined } as ErrorEvent);
    for (const job of jobs) await expect(job).rejects.toThrow('crashed');
    expect(worker.terminated).toBe(true);

    const unstartable = new WorkerClient<number, never, { value: number }>({
      name: 'layout',
      create: () => {
        throw new Error('no workers here');
      },
      silenceLimitMs: 1000,
    });
    await expect(unstartable.run(1).result).rejects.toThrow('no workers here');
  });

  it('fails a job when the worker says nothing for too long', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker(() => []);
    const job = clientOf(worker).run(1).result;
    const failed = expect(job).rejects.toThrow('the analysis worker gave no answer in 1 s');
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
    expect(worker.terminated).toBe(true);
  });

  it('resolves null when cancelled and ignores a late answer', async () => {
    const worker = new FakeWorker(({ id }) => [{ id, type: 'done', value: 1 }]);
    const job = clientOf(worker).run(1);
    job.cancel();
    expect(await job.result).toBeNull();
    expect(worker.terminated).toBe(true);
  });
});
