/**
 * The one seam between the app and the drawn map: what features and the store may ask of it,
 * without importing cytoscape. src/graph-view implements it and connects it to the store
 * (`connectMap`); everyone else reaches it as `useAppStore.getState().map`.
 */
import type { Backdrop } from '../domain/export/backdrop';
import type { Camera, Point, ViewportSize } from '../domain/layout';

export interface PngOptions {
  /** Device pixels per map pixel. */
  scale: number;
  /** The whole map rather than the viewport. */
  full: boolean;
}

export interface PngResult {
  blob: Blob;
  /** The scale actually used: lowered when the image would pass the browser's canvas limit. */
  scale: number;
}

export interface MapPort {
  png(options: PngOptions): Promise<PngResult>;
  /** The chain lanes and segment outlines drawn round the nodes, for the SVG export (model units, zoom 1). */
  backdrop(): Backdrop;
  /** Model positions of the nodes drawn now (hidden ones left out). */
  drawnPositions(): Map<string, Point>;
  camera(): Camera;
  /** The camera when the user moved it since the map last fitted itself; null while it is the map's own fit. */
  movedCamera(): Camera | null;
  /** null: fit what is drawn. */
  setCamera(camera: Camera | null, animate: boolean): void;
  /** The map's size on screen; null while it has none (not laid out by the page yet). */
  size(): ViewportSize | null;
  /** Brings everything drawn into view. */
  fit(): void;
  /** Brings the node into view, opening the group that holds it if need be. */
  focus(id: string): void;
  /** Centres the tie (an edge id) between its two ends, zooming out if need be to show both. */
  focusTie(id: string): void;
  /** Stops a big map's layout running in the worker; the nodes stay where they are. */
  cancelLayout(): void;
  /** Refines the drawn layout with ForceAtlas2 in a worker, from where the nodes stand; they move once, at the end. */
  refineLayout(): void;
}
