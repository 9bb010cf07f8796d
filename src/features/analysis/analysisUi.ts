import { create } from 'zustand';
// Only the type: sections.ts imports the section components, which import this store.
import type { SectionId } from './sections';

export const PATH_RELATIONS = ['all', 'supply'] as const;
export type PathRelations = (typeof PATH_RELATIONS)[number];

export const METRICS = ['score', 'degree', 'betweenness', 'pageRank'] as const;
export type Metric = (typeof METRICS)[number];

export interface Highlight {
  nodes: string[];
  edges: string[];
}

/**
 * What each section asks the map to show. One highlight at a time (the section used last wins);
 * sizes and colours come from their own toggles, so they combine with it.
 */
export interface MapLayers {
  highlight: Highlight | null;
  nodeScale: [string, number][] | null;
  nodeColor: [string, string][] | null;
}

export interface AnalysisUiState {
  /** Sections the user opened or closed; the others are as their registry entry says (sections.ts). */
  open: Partial<Record<SectionId, boolean>>;
  pathFrom: string | null;
  pathTo: string | null;
  pathRelations: PathRelations;
  /** How many alternatives to look for, 1–5. */
  pathCount: number;
  /** Which of the found paths the hop list shows and the map highlights. */
  chosenPath: number;
  supplyOf: string | null;
  levelsUp: number;
  levelsDown: number;
  attraction: { chainId: string; segmentId: string } | null;
  /** Set by showAttraction: the shortlist, once drawn, scrolls into view, takes the focus and clears it. */
  revealAttraction: boolean;
  /** A chain id, or null for the whole map. */
  keyScope: string | null;
  keyMetric: Metric;
  sizeByMetric: boolean;
  colourByCommunity: boolean;
  /** The community whose members the map highlights, by its number in the list. */
  focusedCommunity: number | null;
  layers: MapLayers;
}

interface AnalysisUiActions {
  set: (patch: Partial<AnalysisUiState>) => void;
  /** Sets a section open or closed. */
  setSectionOpen: (id: SectionId, open: boolean) => void;
  /** Opens the shortlist for a segment, e.g. from its row on the gap board. */
  showAttraction: (chainId: string, segmentId: string) => void;
  setLayer: <L extends keyof MapLayers>(layer: L, value: MapLayers[L]) => void;
  /** Empties a layer only if it still holds `value`: a later section's layer stays. */
  releaseLayer: <L extends keyof MapLayers>(layer: L, value: MapLayers[L]) => void;
  /** Drops every query that draws on the map. */
  clearMap: () => void;
}

/**
 * The panel's own state, kept outside React so the queries survive switching to Details and back.
 * Only ids and settings live here; results are computed from them (see useAnalysis).
 */
export const useAnalysisUi = create<AnalysisUiState & AnalysisUiActions>()((set) => ({
  open: {},
  pathFrom: null,
  pathTo: null,
  pathRelations: 'all',
  pathCount: 3,
  chosenPath: 0,
  supplyOf: null,
  levelsUp: 2,
  levelsDown: 2,
  attraction: null,
  revealAttraction: false,
  keyScope: null,
  keyMetric: 'score',
  sizeByMetric: false,
  colourByCommunity: false,
  focusedCommunity: null,
  layers: { highlight: null, nodeScale: null, nodeColor: null },
  set: (patch) => set(patch),
  setSectionOpen: (id, open) => set((state) => ({ open: { ...state.open, [id]: open } })),
  showAttraction: (chainId, segmentId) =>
    set((state) => ({
      attraction: { chainId, segmentId },
      revealAttraction: true,
      open: { ...state.open, attraction: true },
    })),
  setLayer: (layer, value) => set((state) => ({ layers: { ...state.layers, [layer]: value } })),
  releaseLayer: (layer, value) =>
    set((state) => (state.layers[layer] === value ? { layers: { ...state.layers, [layer]: null } } : state)),
  clearMap: () =>
    set({
      pathFrom: null,
      pathTo: null,
      supplyOf: null,
      sizeByMetric: false,
      colourByCommunity: false,
      focusedCommunity: null,
    }),
}));
