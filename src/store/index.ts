import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';

export type AppState = DatasetSlice & ViewSlice & FiltersSlice;

/** The one store. Actions are plain functions: `useAppStore.getState().applyPending()` works outside React. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createViewSlice(...args),
  ...createFiltersSlice(...args),
}));

export type { Origin, PendingImport } from './datasetSlice';
export type { LayoutName, Depth, LegendHighlight } from './viewSlice';
