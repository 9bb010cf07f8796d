import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n';
import type { AppState } from './index';

export type LayoutName = 'overview' | 'circle' | 'lanes' | 'preset';
export type Depth = 1 | 2 | 3;

export interface ViewSlice {
  lang: Lang;
  selected: string | null;
  layout: LayoutName;
  depth: Depth;
  /** Bumped to ask the map to fit everything in view; a counter keeps the store serialisable. */
  fitRequest: number;
  setLang: (lang: Lang) => void;
  select: (id: string | null) => void;
  setLayout: (layout: LayoutName) => void;
  setDepth: (depth: Depth) => void;
  requestFit: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  selected: null,
  layout: 'overview',
  depth: 1,
  fitRequest: 0,
  setLang: (lang) => set({ lang }),
  select: (selected) => set({ selected }),
  setLayout: (layout) => set({ layout }),
  setDepth: (depth) => set({ depth }),
  requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
});
