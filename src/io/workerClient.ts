/**
 * The one way the page talks to its workers (import, analysis, layout): start, progress, cancel,
 * a time limit on silence, and one failure path. Every failure (the worker cannot start, crashes,
 * answers with an error, sends what cannot be read, or says nothing for too long) rejects the job
 * with a WorkerError and is told to the failure listeners, which the app shows as a notice.
 */

export type WorkerName = 'import' | 'analysis' | 'layout';

/** What a worker posts back; `id` names the job when one worker serves several (see workerServer.ts). */
export type WorkerReply<Progress, Result> = { id?: number } & (
  ({ type: 'progress' } & Progress) | ({ type: 'done' } & Result) | { type: 'error'; message: string }
);

/** What the client posts: the request, with the job's id. */
export interface WorkerEnvelope<Request> {
  id: number;
  request: Request;
}

export class WorkerError extends Error {
  constructor(
    readonly worker: WorkerName,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerError';
  }
}

export interface WorkerJob<Result> {
  /** The result; null when cancelled. Rejects with a WorkerError. */
  result: Promise<Result | null>;
  /** Stops the job: a worker of one job at a time is stopped with it. */
  cancel: () => void;
}

export interface RunOptions<Progress> {
  transfer?: Transferable[];
  onProgress?: (progress: Progress) => void;
}

type FailureListener = (failure: WorkerError) => void;
const failureListeners = new Set<FailureListener>();

/** Hears every worker failure (not cancellations); returns the unsubscribe. */
export function onWorkerFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/** A failure found on the page's side (a result that cannot be unpacked): told as the worker's own are. */
export function workerFailed(worker: WorkerName, message: string): WorkerError {
  const failure = new WorkerError(worker, message);
  for (const listener of failureListeners) listener(failure);
  return failure;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Job<Progress, Result> {
  resolve: (result: Result | null) => void;
  reject: (error: WorkerError) => void;
  onProgress?: (progress: Progress) => void;
}

export interface WorkerClientOptions {
  name: WorkerName;
  create: () => Worker;
  /** A job fails when the worker has said nothing about it for this long. */
  silenceLimitMs: number;
  /** Keep the worker between jobs (it holds state, as the analysis worker holds the graph); otherwise one worker per job. */
  keep?: boolean;
}

export class WorkerClient<Request, Progress, Result> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly jobs = new Map<number, Job<Progress, Result>>();
  private silence: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: WorkerClientOptions) {}

  /** Posts a message that needs no answer (say, the graph later jobs read). */
  post(request: Request, transfer: Transferable[] = []): void {
    try {
      this.start().postMessage({ id: 0, request } satisfies WorkerEnvelope<Request>, transfer);
    } catch (error) {
      this.fail(describe(error));
    }
  }

  run(request: Request, { transfer = [], onProgress }: RunOptions<Progress> = {}): WorkerJob<Result> {
    const id = this.nextId++;
    const result = new Promise<Result | null>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, onProgress });
    });
    try {
      this.start().postMessage({ id, request } satisfies WorkerEnvelope<Request>, transfer);
      this.heard();
    } catch (error) {
      this.fail(describe(error));
    }
    return { result, cancel: () => this.settle(id, (job) => job.resolve(null)) };
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.create();
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<Progress, Result>>) => this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || `the ${this.options.name} worker stopped`);
    };
    worker.onmessageerror = () =>
      this.fail(`a message from the ${this.options.name} worker could not be read`);
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply<Progress, Result>): void {
    // A worker of one job at a time may leave the id out.
    const id = reply.id ?? this.jobs.keys().next().value;
    const job = id === undefined ? undefined : this.jobs.get(id);
    // A message already on its way when its job was cancelled.
    if (id === undefined || !job) return;
    this.heard();
    if (reply.type === 'progress') job.onProgress?.(reply);
    else if (reply.type === 'done') this.settle(id, (settled) => settled.resolve(reply));
    else this.fail(reply.message, id);
  }

  /** Ends one job; a worker of one job at a time goes with it. */
  private settle(id: number, end: (job: Job<Progress, Result>) => void): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    if (!this.options.keep) this.stop();
    else if (this.jobs.size === 0) clearTimeout(this.silence);
    end(job);
  }

  /** Fails one job (a worker's error answer), or every job and the worker with them. */
  private fail(message: string, id?: number): void {
    const failure = workerFailed(this.options.name, message);
    const failed = id === undefined ? [...this.jobs.keys()] : [id];
    if (id === undefined) this.stop();
    for (const each of failed) this.settle(each, (job) => job.reject(failure));
  }

  private heard(): void {
    clearTimeout(this.silence);
    this.silence = setTimeout(
      () =>
        this.fail(
          `the ${this.options.name} worker gave no answer in ${this.options.silenceLimitMs / 1000} s`,
        ),
      this.options.silenceLimitMs,
    );
  }

  private stop(): void {
    clearTimeout(this.silence);
    this.worker?.terminate();
    this.worker = null;
  }
}
