/** The worker's side of workerClient.ts: each request answered with progress, then its result or an error. */
import type { WorkerEnvelope, WorkerReply } from './workerClient';

/** What a worker module uses of its global scope (the DOM types declare `self` a Window). */
interface WorkerScope<Request, Progress, Result> {
  onmessage: ((event: MessageEvent<WorkerEnvelope<Request>>) => void) | null;
  postMessage: (message: WorkerReply<Progress, Result>, transfer?: Transferable[]) => void;
}

/** A job's result, and the buffers to move (not copy) back with it; undefined for a message that needs no answer. */
export type Handled<Result> = { result: Result; transfer?: Transferable[] } | undefined;

export function serveJobs<Request, Progress, Result>(
  handle: (
    request: Request,
    progress: (progress: Progress, transfer?: Transferable[]) => void,
  ) => Handled<Result> | Promise<Handled<Result>>,
): void {
  const scope = self as unknown as WorkerScope<Request, Progress, Result>;
  scope.onmessage = ({ data: { id, request } }) => {
    const progress = (reported: Progress, transfer?: Transferable[]) =>
      scope.postMessage({ id, type: 'progress', ...reported }, transfer);
    // Requests are handled in the order they came (a graph before the runs that read it).
    void Promise.resolve()
      .then(() => handle(request, progress))
      .then(
        (handled) => {
          if (handled) scope.postMessage({ id, type: 'done', ...handled.result }, handled.transfer);
        },
        (error: unknown) =>
          scope.postMessage({
            id,
            type: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
  };
}
