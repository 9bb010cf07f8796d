import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERF_MARKS } from '../../src/io/perfMarks';

/** Frames and idle callbacks run when the test says so. */
const callbacks: (() => void)[] = [];
const runQueued = () => {
  while (callbacks.length > 0) callbacks.shift()?.();
};

// The module remembers the first picture: each test loads it afresh.
const load = async () => (await import('../../src/io/afterFirstPicture')).afterFirstPicture;

describe('afterFirstPicture', () => {
  beforeEach(() => {
    vi.resetModules();
    performance.clearMarks();
    vi.stubGlobal('requestAnimationFrame', (work: () => void) => callbacks.push(work));
    vi.stubGlobal('requestIdleCallback', (work: () => void) => callbacks.push(work));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    callbacks.length = 0;
  });

  it('waits for the first drawn map, then two frames and an idle moment', async () => {
    const afterFirstPicture = await load();
    const work = vi.fn();
    afterFirstPicture(work);
    await new Promise((resolve) => setTimeout(resolve, 20));
    runQueued();
    expect(work).not.toHaveBeenCalled();

    performance.mark(PERF_MARKS.graphDrawn);
    await vi.waitFor(() => expect(callbacks.length).toBeGreaterThan(0));
    runQueued();
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs at once (after the frames) when the map was drawn already', async () => {
    performance.mark(PERF_MARKS.graphDrawn);
    const afterFirstPicture = await load();
    const work = vi.fn();
    afterFirstPicture(work);
    await vi.waitFor(() => expect(callbacks.length).toBeGreaterThan(0));
    runQueued();
    expect(work).toHaveBeenCalledOnce();
  });

  it('does not wait for ever for a map that is never drawn', async () => {
    vi.useFakeTimers();
    const afterFirstPicture = await load();
    const work = vi.fn();
    afterFirstPicture(work);
    await vi.advanceTimersByTimeAsync(10_000);
    runQueued();
    expect(work).toHaveBeenCalledOnce();
  });
});
