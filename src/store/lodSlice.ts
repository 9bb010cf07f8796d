import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/**
 * Level of detail. A big map opens grouped (one node per chain segment); the user expands
 * groups one by one, or asks for every element ('all'), drawn in chunks with a progress bar.
 */
export interface LodSlice {
  lod: 'auto' | 'all';
  /** Group ids the user drilled into, in the order they were opened (the breadcrumb). */
  openGroups: string[];
  /** Progress of drawing every element; null when nothing is being drawn. */
  drawProgress: { done: number; total: number } | null;
  /** Progress of a big map's layout in the worker (iterations); null when none runs. */
  layoutProgress: { done: number; total: number } | null;
  setLod: (lod: 'auto' | 'all') => void;
  openGroup: (id: string) => void;
  /** Closes this group and every one opened after it (the breadcrumb goes back). */
  closeGroupsFrom: (id: string) => void;
  /** Closes this group only (a list's toggle), leaving the ones opened after it open. */
  closeGroup: (id: string) => void;
  closeAllGroups: () => void;
  setDrawProgress: (progress: LodSlice['drawProgress']) => void;
  setLayoutProgress: (progress: LodSlice['layoutProgress']) => void;
}

export const createLodSlice: StateCreator<AppState, [], [], LodSlice> = (set) => ({
  lod: 'auto',
  openGroups: [],
  drawProgress: null,
  layoutProgress: null,
  setLod: (lod) => set({ lod }),
  openGroup: (id) =>
    set((state) => (state.openGroups.includes(id) ? {} : { openGroups: [...state.openGroups, id] })),
  closeGroupsFrom: (id) =>
    set((state) => {
      const index = state.openGroups.indexOf(id);
      return index === -1 ? {} : { openGroups: state.openGroups.slice(0, index) };
    }),
  closeGroup: (id) =>
    set((state) =>
      state.openGroups.includes(id) ? { openGroups: state.openGroups.filter((each) => each !== id) } : {},
    ),
  closeAllGroups: () => set({ openGroups: [] }),
  setDrawProgress: (drawProgress) => set({ drawProgress }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
});
