/**
 * The map's camera geometry, pure: the camera that fits a set of nodes, and whether zooming in has
 * made a group big enough on screen to open it. The map's camera part feeds these from cytoscape.
 */
import type { Point } from './geometry';

/** What the map shows: model coordinates times `zoom`, shifted by `pan` (cytoscape's viewport). */
export interface Camera {
  zoom: number;
  pan: Point;
}

/** The map's size on screen, in CSS pixels. */
export interface ViewportSize {
  width: number;
  height: number;
}

/** A box in model coordinates; empty while x1 > x2. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const emptyExtent = (): Extent => ({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });

/** Grows the extent, in place (it runs once per node of a big map), to hold a circle. */
export const growExtent = (extent: Extent, centre: Point, radius: number): void => {
  extent.x1 = Math.min(extent.x1, centre.x - radius);
  extent.y1 = Math.min(extent.y1, centre.y - radius);
  extent.x2 = Math.max(extent.x2, centre.x + radius);
  extent.y2 = Math.max(extent.y2, centre.y + radius);
};

export const isEmptyExtent = (extent: Extent): boolean => extent.x1 > extent.x2;

/** What the map toolbar and the level-of-detail box cover of the map's top edge on a laptop, in pixels, when not measured. */
export const TOOLBAR_HEIGHT = 70;
/** Fitting a handful of nodes would zoom in as far as the map allows: closer than this looks broken. */
export const FIT_MAX_ZOOM = 1.5;
/**
 * The margin around a fit takes at most this share of the map's shorter side: on a small map (a
 * 720p projector under its caption) a fixed margin would leave the nodes a postage stamp.
 */
export const FIT_PADDING_SHARE = 0.08;

/**
 * The camera that shows the extent whole in the viewport, `padding` pixels (at most
 * FIT_PADDING_SHARE of the shorter side) clear of each side and `toolbar` pixels clear of the top,
 * centred in what is left; never closer than FIT_MAX_ZOOM nor further than `minZoom`.
 */
export const fitCamera = (
  extent: Extent,
  viewport: ViewportSize,
  padding: number,
  minZoom: number,
  toolbar = TOOLBAR_HEIGHT,
): Camera => {
  const margin = Math.min(padding, FIT_PADDING_SHARE * Math.min(viewport.width, viewport.height));
  const top = margin + toolbar;
  const width = viewport.width - 2 * margin;
  const height = viewport.height - top - margin;
  const { x1, y1, x2, y2 } = extent;
  const fitted = Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1));
  const zoom = Math.min(FIT_MAX_ZOOM, Math.max(minZoom, fitted));
  return {
    zoom,
    pan: { x: margin + (width - zoom * (x1 + x2)) / 2, y: top + (height - zoom * (y1 + y2)) / 2 },
  };
};

/**
 * Zooming in (wheel or pinch) until a group is this wide on screen, as a share of the map's
 * shorter side, opens it: zooming into a group is drilling into it.
 */
export const DRILL_SCREEN_SHARE = 0.2;

/** Whether a group drawn as a circle is zoomed in on far enough, under the pointer, to open. */
export const drillsInto = (
  group: { centre: Point; radius: number },
  pointer: Point,
  zoom: number,
  viewport: ViewportSize,
): boolean =>
  2 * group.radius * zoom >= DRILL_SCREEN_SHARE * Math.min(viewport.width, viewport.height) &&
  Math.hypot(pointer.x - group.centre.x, pointer.y - group.centre.y) <= group.radius;
