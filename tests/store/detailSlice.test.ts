import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';

const expanded = () => useAppStore.getState().expandedAggregates;

describe('detail slice', () => {
  beforeEach(() => {
    useAppStore.setState({ expandedAggregates: [] });
    for (const id of ['a', 'b', 'c']) useAppStore.getState().expandAggregate(id);
  });

  it('opens each aggregate once, in order', () => {
    useAppStore.getState().expandAggregate('a');
    expect(expanded()).toEqual(['a', 'b', 'c']);
  });

  it('collapseAggregate goes back along the breadcrumb; closeAggregate closes that one only', () => {
    useAppStore.getState().closeAggregate('b');
    expect(expanded()).toEqual(['a', 'c']);
    useAppStore.getState().collapseAggregate('a');
    expect(expanded()).toEqual([]);
  });

  it('leaves the list alone when closing an aggregate that is not open', () => {
    const before = expanded();
    useAppStore.getState().closeAggregate('z');
    expect(expanded()).toBe(before);
  });
});
