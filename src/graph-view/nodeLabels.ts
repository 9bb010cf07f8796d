import { fitLabel } from '../domain/viewport';
import type { LayerNode } from './nodeLooks';
import { FONT_STACK, LANE_LABEL_MIN_PX } from './stylesheet';

/**
 * Labels on the NodeLayer, as the stylesheet's 'zoomed' policy draws them in cytoscape: 14 px type
 * (17 bold for national honours and chains, 15 for provincial ones and segments) under the node in a
 * white outline, shown once it would be at least 9 px on screen (5 and 7 for the bigger ones), cut to
 * 160 px. The width is estimated per character: measuring thousands of labels is what made cytoscape slow.
 */
const MAX_WIDTH = 160;
const MARGIN = 4;
const OUTLINE = 2.5;
/** At most this many labels a frame: past it they would cover one another anyway. */
const LABEL_LIMIT = 1500;

const typeOf = (node: LayerNode): { size: number; bold: boolean; minOnScreen: number } =>
  node.level === 'national' || node.type === 'chain'
    ? { size: 17, bold: true, minOnScreen: 5 }
    : node.level === 'provincial' || node.type === 'segment'
      ? { size: 15, bold: false, minOnScreen: 7 }
      : { size: 14, bold: false, minOnScreen: 9 };

/**
 * Whether the node's label is big enough on screen at this zoom to be drawn; in the chain lanes
 * only once readable (LANE_LABEL_MIN_PX), and never a segment's, which the lane overlay names.
 */
export const labelShown = (node: LayerNode, zoom: number, textScale: number, lanes = false): boolean => {
  const { size, minOnScreen } = typeOf(node);
  if (lanes && node.type === 'segment') return false;
  const least = lanes ? Math.max(minOnScreen, LANE_LABEL_MIN_PX) : minOnScreen;
  return node.label !== '' && size * textScale * zoom >= least;
};

export const drawLabels = (
  context: CanvasRenderingContext2D,
  nodes: readonly LayerNode[],
  textScale: number,
  scaleOf: (node: LayerNode) => number,
): void => {
  context.textAlign = 'center';
  context.lineJoin = 'round';
  context.fillStyle = '#1d2733';
  context.strokeStyle = '#ffffff';
  context.lineWidth = 2 * OUTLINE;
  let font = '';
  for (const node of nodes.slice(0, LABEL_LIMIT)) {
    const { size, bold } = typeOf(node);
    const px = Math.round(size * textScale);
    const wanted = `${bold ? 'bold ' : ''}${px}px ${FONT_STACK}`;
    // Setting the font is a parse: only when it changes.
    if (wanted !== font) context.font = font = wanted;
    const text = fitLabel(node.label, px, MAX_WIDTH);
    const centred = node.type === 'segment';
    context.textBaseline = centred ? 'middle' : 'top';
    const y = centred ? node.y : node.y + (node.height * scaleOf(node)) / 2 + node.ringWidth + MARGIN;
    context.strokeText(text, node.x, y);
    context.fillText(text, node.x, y);
  }
};
