import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';

const view = () => {
  const { sheet, rightPanel } = useAppStore.getState();
  return { sheet, rightPanel };
};

describe('the narrow screen sheet', () => {
  beforeEach(() => useAppStore.setState({ sheet: null, rightPanel: 'details' }));

  it('Details and Analysis are the right panel: opening either as a sheet picks its tab', () => {
    useAppStore.getState().openSheet('analysis');
    expect(view()).toEqual({ sheet: 'analysis', rightPanel: 'analysis' });
    useAppStore.getState().openSheet('details');
    expect(view()).toEqual({ sheet: 'details', rightPanel: 'details' });
  });

  it('Filters, Legend and the map alone leave the right panel on its tab', () => {
    useAppStore.getState().showRightPanel('analysis');
    for (const sheet of ['filters', 'legend', null] as const) {
      useAppStore.getState().openSheet(sheet);
      expect(view()).toEqual({ sheet, rightPanel: 'analysis' });
    }
  });

  it('a tab chosen in the right panel is the sheet shown if the screen turns narrow, unless another panel is', () => {
    useAppStore.getState().openSheet('details');
    useAppStore.getState().showRightPanel('analysis');
    expect(view()).toEqual({ sheet: 'analysis', rightPanel: 'analysis' });
    useAppStore.getState().openSheet('filters');
    useAppStore.getState().showRightPanel('details');
    expect(view()).toEqual({ sheet: 'filters', rightPanel: 'details' });
  });
});
