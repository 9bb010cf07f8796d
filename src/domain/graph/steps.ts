/**
 * A computation in steps: each `next()` does a part and yields, so a caller in the browser can spread
 * it over several tasks (DESIGN.md §4: no long task), and any caller can finish it at once.
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step that is left and gives the result. */
export const finishSteps = <T>(steps: Steps<T>): T => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};
