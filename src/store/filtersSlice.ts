import type { StateCreator } from 'zustand';
import { clearFilters, defaultFilters, sameFilters, type Filters } from '../domain/filters';
import type { AppState } from './index';

export interface FiltersSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  /** Adds the value to a facet's selection, or removes it when already there. */
  toggleFacetValue: (facet: 'sectors' | 'awardLevels' | 'types' | 'relations', value: string) => void;
  clearAllFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: { ...defaultFilters },
  // A patch that changes nothing keeps the filters as they are: the map and the panels would redo
  // their work for nothing (a link without a view sets the default filters as the page opens).
  setFilters: (patch) =>
    set((state) => {
      const filters = { ...state.filters, ...patch };
      return sameFilters(filters, state.filters) ? state : { filters };
    }),
  toggleFacetValue: (facet, value) =>
    set((state) => {
      const selected: readonly string[] = state.filters[facet];
      const next = selected.includes(value)
        ? selected.filter((item) => item !== value)
        : [...selected, value];
      return { filters: { ...state.filters, [facet]: next } };
    }),
  clearAllFilters: () => set((state) => ({ filters: clearFilters(state.filters) })),
});
