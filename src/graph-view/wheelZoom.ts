import type { Core } from 'cytoscape';
import type { Point } from '../domain/layout';

/** A mouse wheel's notch (100 px) zooms by this; a trackpad's small steps add up to the same per 100 px. */
export const NOTCH_ZOOM = 1.25;
const PIXELS_PER_NOTCH = 100;
/** Firefox reports wheels in lines or pages: their size in pixels. */
const PIXELS_PER_LINE = 33;
const PIXELS_PER_PAGE = 800;
/** A trackpad pinch (a wheel with ctrlKey in Chromium) zooms as browsers zoom a page: by e per 100 px. */
const PINCH_PIXELS_PER_E = 100;
/** One event never zooms by more than three notches: a flung wheel or a page step stays a step. */
const MAX_NOTCHES = 3;

const pixelsOf = (deltaY: number, deltaMode: number): number =>
  deltaY * (deltaMode === 1 ? PIXELS_PER_LINE : deltaMode === 2 ? PIXELS_PER_PAGE : 1);

/**
 * The zoom factor of one wheel event (above 1: in). cytoscape's own wheel takes a mouse notch for
 * an imprecise device and zooms by 2.8 % per notch: twelve notches brought ×1.3.
 */
export const wheelZoomFactor = (deltaY: number, deltaMode: number, pinch: boolean): number => {
  const pixels = pixelsOf(deltaY, deltaMode);
  if (pinch) return Math.exp(-pixels / PINCH_PIXELS_PER_E);
  const notches = Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, pixels / PIXELS_PER_NOTCH));
  return NOTCH_ZOOM ** -notches;
};

/**
 * Wheel zoom at the pointer, in place of cytoscape's: the events of one animation frame add up to
 * one zoom, so a slow frame of a big map never leaves turns behind. Listened for on the window, in
 * the capture phase, so cytoscape's own listener on the container never hears them; `zoomed` gets
 * the pointer in model coordinates, as cytoscape's `scrollzoom` gave it. Returns what unwires it.
 */
export const wireWheelZoom = (cy: Core, zoomed: (pointer: Point) => void): (() => void) => {
  const container = cy.container();
  if (!container) return () => undefined;
  let pending: { factor: number; at: Point } | null = null;
  let frame = 0;
  const apply = () => {
    frame = 0;
    if (!pending || cy.destroyed()) return;
    const { factor, at } = pending;
    pending = null;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    if (level === cy.zoom()) return;
    cy.zoom({ level, renderedPosition: at });
    const pan = cy.pan();
    zoomed({ x: (at.x - pan.x) / level, y: (at.y - pan.y) / level });
  };
  const onWheel = (event: WheelEvent) => {
    if (!(event.target instanceof Node) || !container.contains(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    if (!cy.userZoomingEnabled() || event.deltaY === 0) return;
    const box = container.getBoundingClientRect();
    const at = { x: event.clientX - box.left, y: event.clientY - box.top };
    const factor = wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey);
    pending = { factor: (pending?.factor ?? 1) * factor, at };
    if (frame === 0) frame = requestAnimationFrame(apply);
  };
  window.addEventListener('wheel', onWheel, { capture: true, passive: false });
  return () => {
    window.removeEventListener('wheel', onWheel, { capture: true });
    if (frame !== 0) cancelAnimationFrame(frame);
  };
};
