import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { followLate } from '../../src/store/afterFrame';

describe('followLate', () => {
  const setUp = () => {
    const store = createStore<{ count: number }>(() => ({ count: 0 }));
    const copies: number[] = [];
    const pending: (() => void)[] = [];
    const stop = followLate(
      store,
      (state) => copies.push(state.count),
      (work) => pending.push(work),
    );
    return { store, copies, pending, stop };
  };

  it('hands nothing over until later runs, then the state as it is by then', () => {
    const { store, copies, pending } = setUp();
    store.setState({ count: 1 });
    store.setState({ count: 2 });
    expect(copies).toEqual([]);
    // A run of changes waits for one later, not one each.
    expect(pending).toHaveLength(1);
    store.setState({ count: 3 });
    pending.shift()?.();
    expect(copies).toEqual([3]);
  });

  it('waits again for the next change, and stops when told', () => {
    const { store, copies, pending, stop } = setUp();
    store.setState({ count: 1 });
    pending.shift()?.();
    store.setState({ count: 5 });
    expect(pending).toHaveLength(1);
    pending.shift()?.();
    expect(copies).toEqual([1, 5]);
    stop();
    store.setState({ count: 6 });
    expect(pending).toHaveLength(0);
  });
});
