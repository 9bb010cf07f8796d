import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';

const expanded = () => useAppStore.getState().openGroups;

describe('lod slice', () => {
  beforeEach(() => {
    useAppStore.setState({ openGroups: [] });
    for (const id of ['a', 'b', 'c']) useAppStore.getState().openGroup(id);
  });

  it('opens each group once, in order', () => {
    useAppStore.getState().openGroup('a');
    expect(expanded()).toEqual(['a', 'b', 'c']);
  });

  it('closeGroupsFrom goes back along the breadcrumb; closeGroup closes that one only', () => {
    useAppStore.getState().closeGroup('b');
    expect(expanded()).toEqual(['a', 'c']);
    useAppStore.getState().closeGroupsFrom('a');
    expect(expanded()).toEqual([]);
  });

  it('leaves the list alone when closing a group that is not open', () => {
    const before = expanded();
    useAppStore.getState().closeGroup('z');
    expect(expanded()).toBe(before);
  });
});
