import type { Core } from 'cytoscape';
import type { PngOptions, PngResult } from '../store';
import type { EdgeLayer } from './EdgeLayer';

/** Chromium's canvas limits: a side of at most 16,384 px and about 268 million pixels in all; keep well inside. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;

/**
 * The map as a PNG: cytoscape's picture of the nodes, over the EdgeLayer's edges when it holds
 * them, at the asked scale or lower when the image would pass the browser's canvas limit.
 */
export const mapPng = async (
  cy: Core,
  edgeLayer: EdgeLayer,
  { scale, full }: PngOptions,
): Promise<PngResult> => {
  const box = full
    ? cy.elements(':visible').boundingBox()
    : { w: cy.width() / cy.zoom(), h: cy.height() / cy.zoom() };
  const zoom = full ? 1 : cy.zoom();
  const width = Math.max(1, box.w * zoom);
  const height = Math.max(1, box.h * zoom);
  const fitted = Math.min(
    scale,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  if (edgeLayer.size === 0) {
    const blob = await cy.png({ output: 'blob-promise', full, scale: fitted, bg: '#ffffff' });
    return { blob, scale: fitted };
  }
  // cytoscape's picture holds the nodes only: the edges are drawn under it, in the same frame of reference.
  const nodes = await createImageBitmap(await cy.png({ output: 'blob-promise', full, scale: fitted }));
  const canvas = document.createElement('canvas');
  canvas.width = nodes.width;
  canvas.height = nodes.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the PNG');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // As cytoscape's own export: its scale times the pixel ratio, from the elements' box or the viewport.
  const pixels = fitted * (window.devicePixelRatio || 1);
  const bounds = cy.elements().boundingBox();
  const { x, y } = cy.pan();
  if (full) context.setTransform(pixels, 0, 0, pixels, -bounds.x1 * pixels, -bounds.y1 * pixels);
  else context.setTransform(pixels * zoom, 0, 0, pixels * zoom, x * pixels, y * pixels);
  edgeLayer.drawInto(context, pixels * zoom);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(nodes, 0, 0);
  nodes.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
  return { blob, scale: fitted };
};
