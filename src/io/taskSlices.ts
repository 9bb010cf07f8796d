import type { Steps } from '../domain/graph/steps';

/** How long work spread over tasks runs in one before the page gets the thread back (DESIGN.md §4: no long task). */
const SLICE_MS = 30;

/**
 * The next task, through a message: a timeout set from a timeout waits 4 ms or more once five are
 * nested, as a chain of slices soon is (at 200,000 edges, a tenth of the unpacking's time).
 */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/**
 * Calls `step` (one step of some work; true once it is all done) in tasks of about SLICE_MS each,
 * the first in a task of its own, while `wanted()` holds. True once done, false when no longer wanted.
 */
export const stepInTasks = async (
  step: () => boolean,
  wanted: () => boolean = () => true,
): Promise<boolean> => {
  for (;;) {
    await nextTask();
    if (!wanted()) return false;
    const until = performance.now() + SLICE_MS;
    let done: boolean;
    do done = step();
    while (!done && performance.now() < until);
    if (done) return true;
  }
};

/**
 * Runs what is left of a computation in steps (domain/graph/steps) over tasks, as stepInTasks does.
 * Its result, or null once it is no longer wanted (the steps are left where they stopped).
 */
export const finishStepsInTasks = async <T>(
  steps: Steps<T>,
  wanted: () => boolean = () => true,
): Promise<{ value: T } | null> => {
  let last: IteratorResult<void, T> | undefined;
  const done = await stepInTasks(() => (last = steps.next()).done === true, wanted);
  return done && last?.done ? { value: last.value } : null;
};
