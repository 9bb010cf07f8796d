import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DatasetSlice & ViewSlice;

/** The one store. Actions are plain functions: `useAppStore.getState().applyPending()` works outside React. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createViewSlice(...args),
}));

export type { Origin, PendingImport } from './datasetSlice';
export type { LayoutName, Depth } from './viewSlice';
