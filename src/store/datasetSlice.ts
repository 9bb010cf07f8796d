import type { StateCreator } from 'zustand';
import { emptyGraph, type Graph } from '../domain/graph/types';
import type { ColumnMapping, ImportResult } from '../domain/csv/import';
import type { DatasetSnapshot, Origin, SavedDataset, StorageProblem } from '../io/persistence';
import { isChangingUpdate } from '../domain/diff';
import { rememberedShowChanges } from '../io/preferences';
import type { AppState } from './index';
import { changesShown } from './changesSlice';
import { mapChangesBetween } from './derived';

export type { Origin };

/** An import read and validated but not yet applied: the map stays as it is until Apply. */
export interface PendingImport {
  result: ImportResult;
  files: string[];
  /** The column mappings it was read with, for files whose headers name no role. */
  mappings: ColumnMapping[];
}

export interface DatasetSlice {
  graph: Graph;
  origin: Origin;
  /** The bundled map as loaded, for Reset. */
  bundled: Graph | null;
  /** The map before the last applied import, for Undo. */
  previous: DatasetSnapshot | null;
  pending: PendingImport | null;
  /** File names being read right now. */
  importing: string[] | null;
  loadError: string | null;
  /** Start-up is over: the saved or the bundled map is shown (or failed to load), so a shared view can be checked against it. */
  datasetReady: boolean;
  /** The last save to (or restore from) browser storage failed; the map in memory is untouched. */
  storageProblem: StorageProblem | null;
  /** The user closed the notice of this problem: the same failure again (each save retries) does not reopen it. */
  storageNoticeDismissed: boolean;
  setBundled: (graph: Graph) => void;
  /** Shows the dataset saved before a reload; `bundled` stays the map Reset goes back to. */
  restoreDataset: (saved: SavedDataset, bundled: Graph | null) => void;
  setLoadError: (reason: string) => void;
  setStorageProblem: (problem: StorageProblem | null) => void;
  dismissStorageNotice: () => void;
  startImport: (files: string[]) => void;
  stageImport: (pending: PendingImport | null) => void;
  applyPending: () => void;
  /** Shows the fictional example, as an import would: Undo import brings back the map it replaced. */
  openExample: (graph: Graph) => void;
  cancelPending: () => void;
  undoImport: () => void;
  resetToBundled: () => void;
  /** Writes positions into the graph (dragged nodes, a saved layout) so Preset and export keep them. */
  savePositions: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
}

/** Another map opens grouped afresh: the groups opened, or "Show all" asked for, on the last one mean nothing on it. */
const FRESH_LOD: Pick<AppState, 'openGroups' | 'lod'> = {
  openGroups: [],
  lod: 'auto',
};

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => {
  /** Shows another map; Undo brings back the one it replaces. Only an applied update shows its changes. */
  const replaceMap = (next: Graph, nextOrigin: Origin, showChanges = false): void => {
    const { graph, origin, filters } = get();
    const previous = { graph, origin };
    set({
      graph: next,
      origin: nextOrigin,
      previous,
      pending: null,
      selected: null,
      ...FRESH_LOD,
      ...changesShown({ previous, filters }, showChanges),
    });
  };
  return {
    graph: emptyGraph(),
    origin: { kind: 'bundled' },
    bundled: null,
    previous: null,
    pending: null,
    importing: null,
    loadError: null,
    datasetReady: false,
    storageProblem: null,
    storageNoticeDismissed: false,
    setBundled: (graph) =>
      set({
        graph,
        bundled: graph,
        origin: { kind: 'bundled' },
        loadError: null,
        datasetReady: true,
        ...FRESH_LOD,
      }),
    restoreDataset: ({ current, previous }, bundled) =>
      set((state) => ({
        graph: current.graph,
        origin: current.origin,
        previous,
        bundled,
        datasetReady: true,
        ...FRESH_LOD,
        ...changesShown({ previous, filters: state.filters }, rememberedShowChanges()),
      })),
    setLoadError: (reason) => set({ loadError: reason, datasetReady: true }),
    setStorageProblem: (storageProblem) =>
      set((state) =>
        state.storageProblem === storageProblem ? {} : { storageProblem, storageNoticeDismissed: false },
      ),
    dismissStorageNotice: () => set({ storageNoticeDismissed: true }),
    startImport: (files) => set({ importing: files }),
    stageImport: (pending) => set({ pending, importing: null }),
    applyPending: () => {
      const { pending } = get();
      if (!pending || pending.result.report.fatal) return;
      const { graph } = pending.result;
      const before = get().graph;
      // "What is new since last month" is the first question after an update: the map answers it at once.
      const changed = isChangingUpdate(mapChangesBetween(before, graph), before);
      replaceMap(graph, { kind: 'upload', files: pending.files, time: Date.now() }, changed);
    },
    openExample: (example) => replaceMap(example, { kind: 'example', time: Date.now() }),
    cancelPending: () => set({ pending: null }),
    undoImport: () => {
      const { previous } = get();
      if (!previous) return;
      set((state) => ({
        graph: previous.graph,
        origin: previous.origin,
        previous: null,
        selected: null,
        ...FRESH_LOD,
        ...changesShown({ previous: null, filters: state.filters }, false),
      }));
    },
    savePositions: (positions) => {
      const { graph } = get();
      const nodes = graph.nodes.map((node) => {
        const position = positions.get(node.id);
        return position
          ? { ...node, x: Math.round(position.x * 10) / 10, y: Math.round(position.y * 10) / 10 }
          : node;
      });
      set({ graph: { ...graph, nodes } });
    },
    resetToBundled: () => {
      const { bundled, origin } = get();
      if (!bundled || origin.kind === 'bundled') return;
      replaceMap(bundled, { kind: 'bundled' });
    },
  };
};
