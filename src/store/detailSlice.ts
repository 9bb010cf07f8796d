import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/**
 * Level of detail. A big map opens aggregated (one node per chain segment); the user expands
 * aggregates one by one, or asks for every element ('all'), drawn in chunks with a progress bar.
 */
export interface DetailSlice {
  detail: 'auto' | 'all';
  /** Aggregate ids the user drilled into, in the order they were opened (the breadcrumb). */
  expandedAggregates: string[];
  /** Progress of drawing every element; null when nothing is being drawn. */
  drawProgress: { done: number; total: number } | null;
  /** Progress of a big map's layout in the worker (iterations); null when none runs. */
  layoutProgress: { done: number; total: number } | null;
  /** Bumped to ask the map to stop its worker layout. */
  cancelLayoutRequest: number;
  setDetail: (detail: 'auto' | 'all') => void;
  expandAggregate: (id: string) => void;
  /** Closes this aggregate and every one opened after it (the breadcrumb goes back). */
  collapseAggregate: (id: string) => void;
  /** Closes this aggregate only (a list's toggle), leaving the ones opened after it open. */
  closeAggregate: (id: string) => void;
  collapseAll: () => void;
  setDrawProgress: (progress: DetailSlice['drawProgress']) => void;
  setLayoutProgress: (progress: DetailSlice['layoutProgress']) => void;
  cancelLayout: () => void;
}

export const createDetailSlice: StateCreator<AppState, [], [], DetailSlice> = (set) => ({
  detail: 'auto',
  expandedAggregates: [],
  drawProgress: null,
  layoutProgress: null,
  cancelLayoutRequest: 0,
  setDetail: (detail) => set({ detail }),
  expandAggregate: (id) =>
    set((state) =>
      state.expandedAggregates.includes(id) ? {} : { expandedAggregates: [...state.expandedAggregates, id] },
    ),
  collapseAggregate: (id) =>
    set((state) => {
      const index = state.expandedAggregates.indexOf(id);
      return index === -1 ? {} : { expandedAggregates: state.expandedAggregates.slice(0, index) };
    }),
  closeAggregate: (id) =>
    set((state) =>
      state.expandedAggregates.includes(id)
        ? { expandedAggregates: state.expandedAggregates.filter((each) => each !== id) }
        : {},
    ),
  collapseAll: () => set({ expandedAggregates: [] }),
  setDrawProgress: (drawProgress) => set({ drawProgress }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
  cancelLayout: () => set((state) => ({ cancelLayoutRequest: state.cancelLayoutRequest + 1 })),
});
