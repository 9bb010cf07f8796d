/** Nodes and labels in the SVG export: bodies (shared as <symbol>s), rings, pie slices and outlined labels. */
import {
  OUTSIDE_OUTLINE,
  RING_SEPARATOR,
  nodeVisual,
  type Legend,
  type NodeShape,
  type NodeVisual,
} from '../../legend';
import { type GraphNode } from '../../graph/types';
import { escapeXml, textWidth, fitLabel, num } from './text';
import { shapeElement, pieSlices } from './shapes';
import type { DrawnNode, LabelFont, Point } from './geometry';

const LABEL_GAP = 4;
const LABEL_MAX_WIDTH = 160;
/** The label's white outline, also counted into the file's bounds. */
export const LABEL_OUTLINE = 2.5;

/** The map's label sizes (graph-view/stylesheet.ts): chains and national honours largest. */
const labelFont = (node: GraphNode): LabelFont => {
  const inside = node.type === 'segment';
  if (node.type === 'chain' || node.awardLevel === 'national')
    return { size: 17, bold: true, maxWidth: LABEL_MAX_WIDTH, inside };
  if (inside || node.awardLevel === 'provincial')
    return { size: 15, bold: false, maxWidth: LABEL_MAX_WIDTH, inside };
  return { size: 14, bold: false, maxWidth: LABEL_MAX_WIDTH, inside };
};
/** A group's label: bold and large, as the map sets it to read at the zoom an overview is seen at. */
export const GROUP_FONT: LabelFont = { size: 24, bold: true, maxWidth: 260, inside: false };

export const graphNode = (node: GraphNode, at: Point, legend: Legend): DrawnNode => ({
  id: node.id,
  label: node.name,
  font: labelFont(node),
  at,
  visual: nodeVisual(node, legend),
  kind: 'node',
});

/** Nodes that look alike share their drawn body; pie slices of one shape and size share a clip path. */
export class NodeBodies {
  private readonly bodies = new Map<string, string>();
  private readonly clipIds = new Map<string, string>();
  private readonly clipDefinitions: string[] = [];

  /** Shape, pie slices and ring, centred on (0, 0). */
  bodyOf(visual: NodeVisual): string {
    const key = [
      visual.shape,
      visual.width,
      visual.size,
      visual.ringColor,
      visual.ringWidth,
      visual.outside,
      ...visual.colors,
    ].join('|');
    let body = this.bodies.get(key);
    if (body === undefined) {
      body = this.draw(visual);
      this.bodies.set(key, body);
    }
    return body;
  }

  private draw({
    shape,
    width,
    size: height,
    color,
    colors,
    ringColor,
    ringWidth,
    separatorWidth,
    outside,
  }: NodeVisual): string {
    const parts = [shapeElement(shape, width, height, `fill="${escapeXml(color)}"`)];
    if (colors.length > 1) {
      parts.push(
        `<g clip-path="url(#${this.clipFor(shape, width, height)})">${pieSlices(colors, Math.min(width, height) / 2)}</g>`,
      );
    }
    // As the map draws it: a dark line on the outline (dashed for an outside node), the ring just outside it.
    if (separatorWidth > 0) {
      const dash = outside ? ` stroke-dasharray="${OUTSIDE_OUTLINE.dash.join(' ')}"` : '';
      parts.push(
        shapeElement(
          shape,
          width,
          height,
          `fill="none" stroke="${RING_SEPARATOR.color}" stroke-width="${num(separatorWidth)}"${dash}`,
        ),
      );
    }
    if (ringColor !== null && ringWidth > 0) {
      const grow = separatorWidth + ringWidth;
      parts.push(
        shapeElement(
          shape,
          width + grow,
          height + grow,
          `fill="none" stroke="${escapeXml(ringColor)}" stroke-width="${num(ringWidth)}"`,
        ),
      );
    }
    return parts.join('');
  }

  private clipFor(shape: NodeShape, width: number, height: number): string {
    const key = `${shape}|${width}|${height}`;
    let id = this.clipIds.get(key);
    if (id === undefined) {
      id = `clip-${this.clipIds.size}`;
      this.clipIds.set(key, id);
      this.clipDefinitions.push(`<clipPath id="${id}">${shapeElement(shape, width, height, '')}</clipPath>`);
    }
    return id;
  }

  defs(): string {
    return this.clipDefinitions.length > 0 ? `<defs>${this.clipDefinitions.join('')}</defs>` : '';
  }
}

export const drawNode = ({ id, label, at, visual, kind }: DrawnNode, bodies: NodeBodies): string =>
  `<g class="${kind}" data-id="${escapeXml(id)}" transform="translate(${num(at.x)} ${num(at.y)})"><title>${escapeXml(label)}</title>${bodies.bodyOf(visual)}</g>`;

/** A label under its node (inside it for a segment bar), with the box it takes for the viewBox. */
export const drawLabel = ({
  id,
  label,
  font,
  at,
  visual,
}: DrawnNode): { markup: string; box: [Point, Point] } => {
  const text = fitLabel(label, font.size, font.maxWidth);
  const width = textWidth(text, font.size);
  // Under the body and its border, as cytoscape puts it: an award ring drawn outside the border
  // reaches into the gap, and the label stays where the map shows it.
  const top = font.inside
    ? at.y - font.size / 2
    : at.y + (visual.size + visual.separatorWidth) / 2 + LABEL_GAP;
  // An alphabetic baseline about 0.85 em under the top works in every SVG viewer, unlike dominant-baseline.
  const baseline = top + font.size * 0.85;
  const weight = font.bold ? ' font-weight="bold"' : '';
  const markup = `<text data-id="${escapeXml(id)}" x="${num(at.x)}" y="${num(baseline)}" font-size="${font.size}"${weight}>${escapeXml(text)}</text>`;
  return {
    markup,
    box: [
      { x: at.x - width / 2 - LABEL_OUTLINE, y: top - LABEL_OUTLINE },
      { x: at.x + width / 2 + LABEL_OUTLINE, y: top + font.size + LABEL_OUTLINE },
    ],
  };
};
