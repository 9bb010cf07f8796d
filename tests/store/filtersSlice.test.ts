import { beforeEach, describe, expect, it } from 'vitest';
import { defaultFilters } from '../../src/domain/filters';
import { useAppStore } from '../../src/store';

describe('setFilters', () => {
  beforeEach(() => {
    useAppStore.getState().setFilters({ ...defaultFilters });
  });

  it('keeps the filters and tells no one when the patch changes nothing (a link with no view, as the page opens)', () => {
    const before = useAppStore.getState().filters;
    let told = 0;
    const stop = useAppStore.subscribe(() => {
      told += 1;
    });
    useAppStore.getState().setFilters({ ...defaultFilters, sectors: [] });
    stop();
    expect(told).toBe(0);
    expect(useAppStore.getState().filters).toBe(before);
  });

  it('makes new filters when the patch changes something', () => {
    const before = useAppStore.getState().filters;
    useAppStore.getState().setFilters({ text: 'battery' });
    const after = useAppStore.getState().filters;
    expect(after).not.toBe(before);
    expect(after).toEqual({ ...before, text: 'battery' });
  });
});
