import type { Core } from 'cytoscape';
import type { PngOptions, PngResult } from '../store';
import type { EdgeLayer } from './EdgeLayer';
import type { NodeLayer } from './NodeLayer';

/** Chromium's canvas limits: a side of at most 16,384 px and about 268 million pixels in all; keep well inside. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;

/** The whole drawing's box: cytoscape's elements and the node layer's nodes. */
const drawingBox = (cy: Core, nodeLayer: NodeLayer) => {
  const box = { ...cy.elements(':visible').boundingBox() };
  if (nodeLayer.size === 0) return box;
  const layer = nodeLayer.bounds();
  // cytoscape's box of nothing is empty (w 0): the layer's alone then.
  const none = cy.elements(':visible').empty();
  const x1 = none ? layer.x1 : Math.min(box.x1, layer.x1);
  const y1 = none ? layer.y1 : Math.min(box.y1, layer.y1);
  const x2 = none ? layer.x2 : Math.max(box.x2, layer.x2);
  const y2 = none ? layer.y2 : Math.max(box.y2, layer.y2);
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
};

/**
 * The map as a PNG: cytoscape's picture of what it draws, over the node layer's nodes and the
 * edge layer's edges when they hold some, at the asked scale or lower when the image would pass
 * the browser's canvas limit.
 */
export const mapPng = async (
  cy: Core,
  { edgeLayer, nodeLayer }: { edgeLayer: EdgeLayer; nodeLayer: NodeLayer },
  { scale, full }: PngOptions,
): Promise<PngResult> => {
  const bounds = drawingBox(cy, nodeLayer);
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
  if (edgeLayer.size === 0 && nodeLayer.size === 0) {
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
  if (full) context.setTransform(pixels, 0, 0, pixels, -bounds.x1 * pixels, -bounds.y1 * pixels);
  else context.setTransform(pixels * zoom, 0, 0, pixels * zoom, x * pixels, y * pixels);
  // The layers' edges, then their nodes, then what cytoscape draws, in the same frame of reference.
  edgeLayer.drawInto(context, pixels * zoom);
  nodeLayer.drawInto(context, pixels * zoom);
  context.setTransform(1, 0, 0, 1, 0, 0);
  if (cy.elements(':visible').nonempty()) {
    const drawn = await createImageBitmap(await cy.png({ output: 'blob-promise', full, scale: fitted }));
    context.drawImage(drawn, 0, 0);
    drawn.close();
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
  return { blob, scale: fitted };
};
