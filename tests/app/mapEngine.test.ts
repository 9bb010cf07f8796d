import { describe, expect, it, vi } from 'vitest';

// Stands in for the map engine (cytoscape and the map's code), which app/mapEngine.ts imports dynamically.
const engine = { MapController: 'the map controller', KeyboardNavigator: 'the keyboard navigator' };

/** A fresh copy of app/mapEngine.ts whose engine import is under way: `arrive` or `fail` ends it. */
const loadFresh = async () => {
  let arrive: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const pending = new Promise<void>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  vi.resetModules();
  vi.doMock('../../src/graph-view/mapEngine', async () => {
    await pending;
    return engine;
  });
  const { whenMapEngine } = await import('../../src/app/mapEngine');
  return { whenMapEngine, arrive, fail };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenMapEngine', () => {
  it('starts the map once the engine arrives, and at once after that', async () => {
    const { whenMapEngine, arrive } = await loadFresh();
    const started: unknown[] = [];
    whenMapEngine(
      (loaded) => started.push(loaded),
      () => undefined,
    );
    await settle();
    expect(started).toEqual([]);
    arrive();
    await vi.waitFor(() => expect(started).toEqual([engine]));
    // A map mounted later (another page render) starts in the same call: before the next paint.
    whenMapEngine(
      (loaded) => started.push(loaded),
      () => undefined,
    );
    expect(started).toEqual([engine, engine]);
  });

  it('never starts a map whose cancel came first (unmounted before the engine was in)', async () => {
    const { whenMapEngine, arrive } = await loadFresh();
    const started: string[] = [];
    const cancel = whenMapEngine(
      () => started.push('cancelled'),
      () => undefined,
    );
    whenMapEngine(
      () => started.push('kept'),
      () => undefined,
    );
    cancel();
    arrive();
    await vi.waitFor(() => expect(started).toEqual(['kept']));
    await settle();
    expect(started).toEqual(['kept']);
  });

  it('reports an engine that could not be loaded', async () => {
    const { whenMapEngine, fail } = await loadFresh();
    const errors: unknown[] = [];
    const started: unknown[] = [];
    whenMapEngine(
      (loaded) => started.push(loaded),
      (error) => errors.push(error),
    );
    fail(new Error('chunk missing'));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    // Vitest wraps a failing mock's error; the browser's is a TypeError naming the chunk.
    expect(String((errors[0] as Error).cause ?? errors[0])).toContain('chunk missing');
    expect(started).toEqual([]);
  });
});
