/**
 * What the rest of the app may ask of the drawn map, without importing cytoscape: the map
 * controller registers itself here, panels (export, presenter) call through it.
 */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

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

export interface MapHandle {
  png(options: PngOptions): Promise<PngResult>;
  /** Model positions of the nodes drawn now (hidden ones left out). */
  drawnPositions(): Map<string, { x: number; y: number }>;
  camera(): Camera;
  /** null: fit what is drawn. */
  setCamera(camera: Camera | null, animate: boolean): void;
}

let current: MapHandle | null = null;

export const registerMapHandle = (handle: MapHandle | null): void => {
  current = handle;
};

export const mapHandle = (): MapHandle | null => current;
