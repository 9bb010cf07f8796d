import type { StateCreator } from 'zustand';
import type { Depth } from '../domain/layout/depth';
import type { LayoutName } from '../domain/layout';
import type { Lang } from '../i18n';
import type { AppState } from './index';

/** A legend entry the user clicked: those elements stand out and the rest fade. */
export type LegendHighlight =
  | { kind: 'type' | 'level' | 'relation' | 'locality'; value: string }
  | { kind: 'sector'; value: string | null };

/**
 * On a narrow screen one panel at a time is shown beside or under the map (a sheet); null: the map
 * alone. Details and Analysis are the right panel's two tabs, so choosing one sets `rightPanel` too.
 */
export type Sheet = 'filters' | 'legend' | 'details' | 'analysis';

export interface ViewSlice {
  lang: Lang;
  selected: string | null;
  /** A tie picked on the map (an edge id), shown in Details while no node is selected. */
  tie: string | null;
  layout: LayoutName;
  depth: Depth;
  /** Bumped by the `/` key: the search box focuses itself when it changes. */
  searchFocusRequest: number;
  keySheetOpen: boolean;
  legendHighlight: LegendHighlight | null;
  rightPanel: 'details' | 'analysis';
  sheet: Sheet | null;
  /** The Nodes table shares the centre with the map. */
  tableOpen: boolean;
  /** The map in words shows above the map; screen readers read it either way. */
  textSummaryShown: boolean;
  /** Which renderer draws the map and why, for the debug line; set by the map. */
  renderer: { webgl: boolean; reason: string; gpu: string } | null;
  setLang: (lang: Lang) => void;
  select: (id: string | null) => void;
  selectTie: (id: string) => void;
  setLayout: (layout: LayoutName) => void;
  setDepth: (depth: Depth) => void;
  requestSearchFocus: () => void;
  setKeySheetOpen: (open: boolean) => void;
  toggleLegendHighlight: (highlight: LegendHighlight) => void;
  showRightPanel: (panel: 'details' | 'analysis') => void;
  openSheet: (sheet: Sheet | null) => void;
  setTableOpen: (open: boolean) => void;
  setTextSummaryShown: (shown: boolean) => void;
  setRenderer: (renderer: ViewSlice['renderer']) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  selected: null,
  tie: null,
  layout: 'overview',
  depth: 1,
  searchFocusRequest: 0,
  keySheetOpen: false,
  legendHighlight: null,
  rightPanel: 'details',
  sheet: null,
  tableOpen: false,
  textSummaryShown: false,
  renderer: null,
  setLang: (lang) => set({ lang }),
  select: (selected) => set({ selected, tie: null }),
  selectTie: (tie) => set({ selected: null, tie }),
  setLayout: (layout) => set({ layout }),
  setDepth: (depth) => set({ depth }),
  requestSearchFocus: () => set((state) => ({ searchFocusRequest: state.searchFocusRequest + 1 })),
  setKeySheetOpen: (keySheetOpen) => set({ keySheetOpen }),
  // The open sheet follows the right panel's tab, so a screen turned narrow shows the same one.
  showRightPanel: (rightPanel) =>
    set((state) => ({
      rightPanel,
      sheet: state.sheet === 'details' || state.sheet === 'analysis' ? rightPanel : state.sheet,
    })),
  openSheet: (sheet) =>
    set(sheet === 'details' || sheet === 'analysis' ? { sheet, rightPanel: sheet } : { sheet }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setTextSummaryShown: (textSummaryShown) => set({ textSummaryShown }),
  setRenderer: (renderer) => set({ renderer }),
  toggleLegendHighlight: (highlight) =>
    set((state) => ({
      legendHighlight:
        state.legendHighlight?.kind === highlight.kind && state.legendHighlight.value === highlight.value
          ? null
          : highlight,
    })),
});
