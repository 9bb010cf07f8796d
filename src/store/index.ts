import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createDecorationsSlice, type DecorationsSlice } from './decorationsSlice';
import { createLodSlice, type LodSlice } from './lodSlice';
import { createPresenterSlice, type PresenterSlice } from './presenterSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import { createChangesSlice, type ChangesSlice } from './changesSlice';

export type AppState = DatasetSlice &
  ViewSlice &
  FiltersSlice &
  DecorationsSlice &
  LodSlice &
  PresenterSlice &
  MapSlice &
  ChangesSlice;

/** The one store. Actions are plain functions: `useAppStore.getState().applyPending()` works outside React. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createViewSlice(...args),
  ...createFiltersSlice(...args),
  ...createDecorationsSlice(...args),
  ...createLodSlice(...args),
  ...createPresenterSlice(...args),
  ...createMapSlice(...args),
  ...createChangesSlice(...args),
}));

export type { Origin, PendingImport } from './datasetSlice';
export type { LayoutName } from '../domain/layout';
export type { LegendHighlight, Sheet } from './viewSlice';
export type { Depth } from '../domain/layout/depth';
export type { MapDecorations } from './decorationsSlice';
export type { MapPort, PngOptions, PngResult } from './mapPort';
