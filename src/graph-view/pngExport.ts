import type { Core } from 'cytoscape';
import { backdropExtent, isEmptyBackdrop, type Backdrop } from '../domain/export/backdrop';
import type { PngOptions, PngResult } from '../store';
import { paintBackdropOver, paintBackdropUnder } from './backdropPainter';
import type { EdgeLayer } from './EdgeLayer';
import type { NodeLayer } from './NodeLayer';

/** Chromium's canvas limits: a side of at most 16,384 px and about 268 million pixels in all; keep well inside. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;
/** Room round a whole map drawn by us, in model units, so the lanes' names do not touch the edge. */
const PADDING = 16;

/** The whole drawing's box: cytoscape's elements, the node layer's nodes and the backdrop's lanes and outlines. */
const drawingBox = (cy: Core, nodeLayer: NodeLayer, backdrop: Backdrop) => {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const include = (x1: number, y1: number, x2: number, y2: number) => {
    box.x1 = Math.min(box.x1, x1);
    box.y1 = Math.min(box.y1, y1);
    box.x2 = Math.max(box.x2, x2);
    box.y2 = Math.max(box.y2, y2);
  };
  // cytoscape's box of nothing is empty (w 0): left out then.
  const drawn = cy.elements().boundingBox();
  if (cy.elements(':visible').nonempty()) include(drawn.x1, drawn.y1, drawn.x2, drawn.y2);
  if (nodeLayer.size > 0) {
    const layer = nodeLayer.bounds();
    include(layer.x1, layer.y1, layer.x2, layer.y2);
  }
  for (const { x, y } of backdropExtent(backdrop)) include(x, y, x, y);
  if (box.x1 === Infinity) include(0, 0, 0, 0);
  const padded = { x1: box.x1 - PADDING, y1: box.y1 - PADDING, x2: box.x2 + PADDING, y2: box.y2 + PADDING };
  return { ...padded, w: padded.x2 - padded.x1, h: padded.y2 - padded.y1 };
};

/**
 * The map as a PNG: cytoscape's picture of what it draws, over the node layer's nodes, the edge
 * layer's edges, the lanes' bands and the segments' outlines when there are any, under the lanes'
 * names; at the asked scale, or lower when the image would pass the browser's canvas limit.
 */
export const mapPng = async (
  cy: Core,
  { edgeLayer, nodeLayer }: { edgeLayer: EdgeLayer; nodeLayer: NodeLayer },
  { scale, full }: PngOptions,
  backdrop: Backdrop,
): Promise<PngResult> => {
  const bounds = drawingBox(cy, nodeLayer, backdrop);
  const box = full ? bounds : { w: cy.width() / cy.zoom(), h: cy.height() / cy.zoom() };
  const zoom = full ? 1 : cy.zoom();
  const width = Math.max(1, box.w * zoom);
  const height = Math.max(1, box.h * zoom);
  const fitted = Math.min(
    scale,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  if (edgeLayer.size === 0 && nodeLayer.size === 0 && isEmptyBackdrop(backdrop)) {
    const blob = await cy.png({ output: 'blob-promise', full, scale: fitted, bg: '#ffffff' });
    return { blob, scale: fitted };
  }
  // As cytoscape's own export: its scale times the pixel ratio, from the elements' box or the viewport.
  const pixels = fitted * (window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * pixels));
  canvas.height = Math.max(1, Math.round(height * pixels));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the PNG');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const { x, y } = cy.pan();
  const modelFrame = () =>
    full
      ? context.setTransform(pixels, 0, 0, pixels, -bounds.x1 * pixels, -bounds.y1 * pixels)
      : context.setTransform(pixels * zoom, 0, 0, pixels * zoom, x * pixels, y * pixels);
  // The lanes and outlines, the layers' edges, then their nodes, then what cytoscape draws, then the
  // lanes' names over it all, in the same frame of reference.
  modelFrame();
  paintBackdropUnder(context, backdrop);
  edgeLayer.drawInto(context, pixels * zoom);
  nodeLayer.drawInto(context, pixels * zoom);
  context.setTransform(1, 0, 0, 1, 0, 0);
  if (cy.elements(':visible').nonempty()) {
    const drawn = await createImageBitmap(await cy.png({ output: 'blob-promise', full, scale: fitted }));
    // cytoscape's full picture starts at its own elements' corner, inside the whole drawing's box.
    const own = cy.elements().boundingBox();
    const at = full ? { x: (own.x1 - bounds.x1) * pixels, y: (own.y1 - bounds.y1) * pixels } : { x: 0, y: 0 };
    context.drawImage(drawn, at.x, at.y);
    drawn.close();
  }
  modelFrame();
  paintBackdropOver(context, backdrop);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
  return { blob, scale: fitted };
};
