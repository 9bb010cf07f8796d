import { describe, expect, it } from 'vitest';
import { finishStepsInTasks, stepInTasks } from '../../src/io/taskSlices';

describe('stepInTasks', () => {
  it('runs the steps in more than one task when they take longer than a slice, and says they are done', async () => {
    let tasks = 0;
    const ticker = setInterval(() => (tasks += 1), 0);
    const seenIn = new Set<number>();
    let left = 8;
    const done = await stepInTasks(() => {
      seenIn.add(tasks);
      const until = Date.now() + 10;
      while (Date.now() < until);
      left -= 1;
      return left === 0;
    });
    clearInterval(ticker);
    expect(done).toBe(true);
    expect(left).toBe(0);
    expect(seenIn.size).toBeGreaterThan(1);
  });

  it('stops when the work is no longer wanted', async () => {
    let steps = 0;
    const done = await stepInTasks(
      () => ++steps > 100,
      () => false,
    );
    expect(done).toBe(false);
    expect(steps).toBe(0);
  });
});

describe('finishStepsInTasks', () => {
  function* counted(to: number) {
    let count = 0;
    while (count < to) {
      count += 1;
      yield;
    }
    return count;
  }

  it("gives the steps' result once they are all done", async () => {
    expect(await finishStepsInTasks(counted(5))).toEqual({ value: 5 });
  });

  it('gives null and leaves the steps where they stopped when no longer wanted', async () => {
    const steps = counted(5);
    steps.next();
    expect(await finishStepsInTasks(steps, () => false)).toBeNull();
    let left = 0;
    while (!steps.next().done) left += 1;
    expect(left).toBe(4);
  });
});
