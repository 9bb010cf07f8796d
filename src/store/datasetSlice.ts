import type { StateCreator } from 'zustand';
import { emptyGraph, type Graph } from '../domain/graph/types';
import type { ImportResult } from '../domain/csv/import';
import type { AppState } from './index';

export type Origin =
  | { kind: 'bundled' }
  | { kind: 'upload'; files: string[]; time: number };

interface Snapshot {
  graph: Graph;
  origin: Origin;
}

/** An import read and validated but not yet applied: the map stays as it is until Apply. */
export interface PendingImport {
  result: ImportResult;
  files: string[];
}

export interface DatasetSlice {
  graph: Graph;
  origin: Origin;
  /** The bundled map as loaded, for Reset. */
  bundled: Graph | null;
  /** The map before the last applied import, for Undo. */
  previous: Snapshot | null;
  pending: PendingImport | null;
  /** File names being read right now. */
  importing: string[] | null;
  loadError: string | null;
  setBundled: (graph: Graph) => void;
  setLoadError: (reason: string) => void;
  startImport: (files: string[]) => void;
  stageImport: (pending: PendingImport | null) => void;
  applyPending: () => void;
  cancelPending: () => void;
  undoImport: () => void;
  resetToBundled: () => void;
  /** Writes positions into the graph (dragged nodes, a saved layout) so Preset and export keep them. */
  savePositions: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => ({
  graph: emptyGraph(),
  origin: { kind: 'bundled' },
  bundled: null,
  previous: null,
  pending: null,
  importing: null,
  loadError: null,
  setBundled: (graph) => set({ graph, bundled: graph, origin: { kind: 'bundled' }, loadError: null }),
  setLoadError: (reason) => set({ loadError: reason }),
  startImport: (files) => set({ importing: files }),
  stageImport: (pending) => set({ pending, importing: null }),
  applyPending: () => {
    const { pending, graph, origin } = get();
    if (!pending || pending.result.report.fatal) return;
    set({
      graph: pending.result.graph,
      origin: { kind: 'upload', files: pending.files, time: Date.now() },
      previous: { graph, origin },
      pending: null,
      selected: null,
    });
  },
  cancelPending: () => set({ pending: null }),
  undoImport: () => {
    const { previous } = get();
    if (!previous) return;
    set({ graph: previous.graph, origin: previous.origin, previous: null, selected: null });
  },
  savePositions: (positions) => {
    const { graph } = get();
    const nodes = graph.nodes.map((node) => {
      const position = positions.get(node.id);
      return position ? { ...node, x: Math.round(position.x * 10) / 10, y: Math.round(position.y * 10) / 10 } : node;
    });
    set({ graph: { ...graph, nodes } });
  },
  resetToBundled: () => {
    const { bundled, graph, origin } = get();
    if (!bundled || origin.kind === 'bundled') return;
    set({ graph: bundled, origin: { kind: 'bundled' }, previous: { graph, origin }, selected: null });
  },
});
