/**
 * What browser tests read of the drawn map, typed once here: tests/e2e/fixtures.ts re-exports the
 * type, and `window.__chainExplorerMap` is typed for every test by the declaration below. It exists
 * in dev and e2e builds only (`vite build --mode e2e`, which playwright.config.ts runs): a
 * production build drops it.
 */
import type { Core } from 'cytoscape';
import type { PngOptions, PngResult } from '../store';

export interface MapTestHook {
  /** The live cytoscape instance. */
  readonly cy: Core;
  /** Edges drawn now, as cytoscape elements or on the edge layer. */
  readonly drawnEdgeCount: number;
  /** Nodes drawn now, by cytoscape or on the node layer (a big view's nodes, which cytoscape does not hold). */
  readonly drawnNodeCount: { all: number; layer: number };
  /** The nodes drawn and visible, wherever: a test finds a node's spot here (model coordinates). */
  readonly nodes: {
    get(id: string): { id: string; label: string; position: { x: number; y: number }; radius: number } | null;
    all(): { id: string; label: string; position: { x: number; y: number }; radius: number }[];
  };
  /** The edges the edge layer draws (a big view's lines), by id and ends. */
  readonly layerEdges: readonly { id: string; source: string; target: string }[];
  /** Layouts started off the main path (a worker, or fcose loading), and those over: equal once the map holds still. */
  readonly layoutRuns: { started: number; settled: number };
  png(options: PngOptions): Promise<PngResult>;
}

declare global {
  interface Window {
    __chainExplorerMap?: MapTestHook;
    /**
     * Set by a browser test before the app loads: the map lays the bundled map out itself instead of
     * taking the overview the build shipped (src/graph-view/shippedOverview.ts), to compare the two.
     */
    __chainExplorerComputeOverview?: boolean;
  }
}

export const exposeMapForTests = (map: MapTestHook): void => {
  if (import.meta.env.DEV || import.meta.env.MODE === 'e2e') window.__chainExplorerMap = map;
};
