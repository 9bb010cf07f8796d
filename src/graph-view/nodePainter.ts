import { finishSteps } from '../domain/graph/steps';
import { CHANGE_STYLE, OUTSIDE_OUTLINE, RING_SEPARATOR } from '../domain/legend';
import { drawLabels, labelShown } from './nodeLabels';
import type { LayerNode, NodeLook } from './nodeLooks';
import { traceShape, traceSlice } from './nodeShapes';

const ALPHA: Record<Exclude<NodeLook, 'hidden'>, number> = { faded: 0.12, normal: 1, decorated: 1 };
/** A panel's highlight and an added node's halo: a tint this far round the node (as the stylesheet's underlays). */
const DECORATED = { color: '#0072B2', alpha: 0.25, padding: 8 };
const ADDED_HALO = { alpha: 0.55, padding: 8 };
/** The selection's tint and the keyboard's focus halo, as the stylesheet draws them in cytoscape. */
const SELECTED = { color: '#0072B2', alpha: 0.18, padding: 6 };
const FOCUSED = { color: '#1D2733', alpha: 0.55, padding: 9 };
/** Nodes traced into one path at most before it is painted and the drawing may pause (SlicedDraw). */
const STEP_NODES = 5000;
/** How far beyond its body and ring a node is painted (its widest tint): culling and hit tests keep that. */
export const PAINT_REACH = Math.max(DECORATED.padding, ADDED_HALO.padding, FOCUSED.padding);

/** What the painter asks of the layer about each node. */
export interface NodePaint {
  look: (node: LayerNode) => NodeLook;
  /** A panel's size factor for the node (1: none). */
  scale: (node: LayerNode) => number;
  /** A panel's fill colour for the node, if any (community colours). */
  colorOf: (node: LayerNode) => string | undefined;
  textScale: () => number;
  /** The chain lanes' label rule (nodeLabels labelShown). */
  lanes: () => boolean;
}

/**
 * Paints the NodeLayer's nodes as the stylesheet draws them in cytoscape (fill or pie, dark
 * separator, dashed outline for an outside node, honour ring, change marks, a panel's tint) in a few
 * batched paths: one per fill colour, one per border and ring colour and width.
 */
export class NodePainter {
  constructor(private readonly paint: NodePaint) {}

  /** The nodes, batched: tints under them, ghosts, bodies faded → normal → decorated, then labels. */
  nodes(context: CanvasRenderingContext2D, nodes: readonly LayerNode[], zoom: number): void {
    finishSteps(this.steps(context, nodes, zoom));
  }

  /** The same picture in steps of at most STEP_NODES nodes a path (SlicedDraw). */
  *steps(context: CanvasRenderingContext2D, nodes: readonly LayerNode[], zoom: number): Generator<void> {
    const byLook: Record<Exclude<NodeLook, 'hidden'>, LayerNode[]> = { faded: [], normal: [], decorated: [] };
    const ghosts: LayerNode[] = [];
    for (const node of nodes) {
      const look = this.paint.look(node);
      if (look === 'hidden') continue;
      if (node.change === 'removed') ghosts.push(node);
      else byLook[look].push(node);
    }
    yield* this.tint(context, byLook.decorated, () => DECORATED.color, DECORATED.alpha, DECORATED.padding);
    const added = byLook.normal.filter((node) => node.change === 'added');
    yield* this.tint(context, added, () => CHANGE_STYLE.added.color, ADDED_HALO.alpha, ADDED_HALO.padding);
    yield* this.drawGhosts(context, ghosts);
    for (const look of ['faded', 'normal', 'decorated'] as const)
      yield* this.drawBodies(context, byLook[look], ALPHA[look]);
    context.globalAlpha = 1;
    const labelled = [...byLook.normal, ...byLook.decorated].filter(
      (node) =>
        this.paint.look(node) === 'decorated' ||
        labelShown(node, zoom, this.paint.textScale(), this.paint.lanes()),
    );
    drawLabels(context, labelled, this.paint.textScale(), this.paint.scale);
  }

  /** Traces `items` into one path and paints it, a new path every STEP_NODES items (each part a step). */
  private *paintPath<T>(
    context: CanvasRenderingContext2D,
    items: readonly T[],
    trace: (item: T) => void,
    paint: () => void,
  ): Generator<void> {
    if (items.length === 0) return;
    context.beginPath();
    for (let at = 0; at < items.length; at += 1) {
      const item = items[at];
      if (item !== undefined) trace(item);
      if ((at + 1) % STEP_NODES !== 0 || at + 1 === items.length) continue;
      paint();
      yield;
      context.beginPath();
    }
    paint();
    yield;
  }

  /** One path per key (a colour, a colour and width…): the nodes in `nodes` traced into it. */
  private batches<K>(nodes: readonly LayerNode[], keyOf: (node: LayerNode) => K | null): Map<K, LayerNode[]> {
    const batches = new Map<K, LayerNode[]>();
    for (const node of nodes) {
      const key = keyOf(node);
      if (key === null) continue;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = []));
      batch.push(node);
    }
    return batches;
  }

  private trace(context: CanvasRenderingContext2D, node: LayerNode, grow = 0): void {
    const scale = this.paint.scale(node);
    traceShape(
      context,
      node.shape,
      node.x,
      node.y,
      node.width * scale + 2 * grow,
      node.height * scale + 2 * grow,
    );
  }

  /** A tint under (or over) each node, `padding` wider, as cytoscape's underlays and overlays. */
  private *tint(
    context: CanvasRenderingContext2D,
    nodes: readonly LayerNode[],
    colorOf: (node: LayerNode) => string,
    alpha: number,
    padding: number,
  ): Generator<void> {
    context.globalAlpha = alpha;
    for (const [color, batch] of this.batches(nodes, colorOf)) {
      context.fillStyle = color;
      yield* this.paintPath(
        context,
        batch,
        (node) => this.trace(context, node, padding + node.ringWidth),
        () => context.fill(),
      );
    }
  }

  private *drawBodies(
    context: CanvasRenderingContext2D,
    nodes: readonly LayerNode[],
    alpha: number,
  ): Generator<void> {
    if (nodes.length === 0) return;
    context.globalAlpha = alpha;
    // Fills: one path per colour; a node in several chains adds a slice to each of its chains' paths.
    const fills = new Map<string, LayerNode[]>();
    const slices = new Map<string, { node: LayerNode; from: number; to: number }[]>();
    for (const node of nodes) {
      const color = this.paint.colorOf(node);
      if (node.slices.length > 1 && !color) {
        node.slices.forEach((slice, index) => {
          let list = slices.get(slice);
          if (!list) slices.set(slice, (list = []));
          list.push({ node, from: index / node.slices.length, to: (index + 1) / node.slices.length });
        });
        continue;
      }
      const fill = color ?? node.color;
      let list = fills.get(fill);
      if (!list) fills.set(fill, (list = []));
      list.push(node);
    }
    const fill = () => context.fill();
    for (const color of new Set([...fills.keys(), ...slices.keys()])) {
      context.fillStyle = color;
      yield* this.paintPath(context, fills.get(color) ?? [], (node) => this.trace(context, node), fill);
      yield* this.paintPath(
        context,
        slices.get(color) ?? [],
        ({ node, from, to }) =>
          traceSlice(
            context,
            node.x,
            node.y,
            (Math.min(node.width, node.height) * this.paint.scale(node)) / 2,
            from,
            to,
          ),
        fill,
      );
    }
    // The dark separator (dashed for an outside node, changed ones in their own colour), then the honour rings.
    const borders = this.batches(nodes, (node) =>
      node.change === 'changed'
        ? `${CHANGE_STYLE.changed.color}|4|dashed`
        : node.separatorWidth > 0
          ? `${RING_SEPARATOR.color}|${node.separatorWidth}|${node.outside ? 'dashed' : 'solid'}`
          : null,
    );
    for (const [key, batch] of borders) {
      const [color = '', width = '0', style] = key.split('|');
      yield* this.strokeBatch(context, batch, color, Number(width), style === 'dashed', 0);
    }
    const rings = this.batches(nodes, (node) =>
      node.ringColor && node.ringWidth > 0 ? `${node.ringColor}|${node.ringWidth}` : null,
    );
    for (const [key, batch] of rings) {
      const [color = '', width = '0'] = key.split('|');
      yield* this.strokeBatch(context, batch, color, Number(width), false, 1);
    }
  }

  /**
   * Strokes the nodes' outlines in one path: `outward` 0 on the body's edge (cytoscape's border), 1
   * just outside the border (its outline, the honour ring).
   */
  private *strokeBatch(
    context: CanvasRenderingContext2D,
    nodes: readonly LayerNode[],
    color: string,
    width: number,
    dashed: boolean,
    outward: 0 | 1,
  ): Generator<void> {
    context.strokeStyle = color;
    context.lineWidth = width;
    context.setLineDash(dashed ? [...OUTSIDE_OUTLINE.dash] : []);
    yield* this.paintPath(
      context,
      nodes,
      (node) => this.trace(context, node, outward * (node.separatorWidth / 2 + width / 2)),
      () => context.stroke(),
    );
    context.setLineDash([]);
  }

  /** Removed nodes' ghosts: faded, white, dashed, without pie or ring (as the stylesheet's `change = removed`). */
  private *drawGhosts(context: CanvasRenderingContext2D, ghosts: readonly LayerNode[]): Generator<void> {
    if (ghosts.length === 0) return;
    context.globalAlpha = CHANGE_STYLE.removed.opacity;
    context.fillStyle = '#ffffff';
    yield* this.paintPath(
      context,
      ghosts,
      (node) => this.trace(context, node),
      () => context.fill(),
    );
    yield* this.strokeBatch(context, ghosts, CHANGE_STYLE.removed.color, 2.5, true, 0);
    context.globalAlpha = 1;
  }

  /** The keyboard's focus halo (the node drawn over it again) and the selection's tint with the node's name. */
  marks(context: CanvasRenderingContext2D, focused: LayerNode | null, selected: LayerNode | null): void {
    if (focused) {
      finishSteps(this.tint(context, [focused], () => FOCUSED.color, FOCUSED.alpha, FOCUSED.padding));
      // The halo is drawn over the map: the node goes over it again, as cytoscape draws it over its underlay.
      finishSteps(this.drawBodies(context, [focused], 1));
    }
    if (selected) {
      finishSteps(this.tint(context, [selected], () => SELECTED.color, SELECTED.alpha, SELECTED.padding));
      context.globalAlpha = 1;
      drawLabels(context, [selected], this.paint.textScale(), this.paint.scale);
    }
    context.globalAlpha = 1;
  }
}
