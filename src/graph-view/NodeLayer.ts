import type { Core } from 'cytoscape';
import { emptyExtent, growExtent, type Camera, type Extent, type Point } from '../domain/layout';
import { CHANGE_STYLE, OUTSIDE_OUTLINE, RING_SEPARATOR } from '../domain/legend';
import {
  buildNodeGrid,
  nodeAt,
  nodesInBox,
  visibleBox,
  type GridNodes,
  type NodeGrid,
} from '../domain/viewport';
import { drawLabels, labelShown } from './nodeLabels';
import type { LayerNode, NodeLook } from './nodeLooks';
import { traceShape, traceSlice } from './nodeShapes';
import { ViewportPicture } from './viewportPicture';

const ALPHA: Record<Exclude<NodeLook, 'hidden'>, number> = { faded: 0.12, normal: 1, decorated: 1 };
/** A panel's highlight and an added node's halo: a tint this far round the node (as the stylesheet's underlays). */
const DECORATED = { color: '#0072B2', alpha: 0.25, padding: 8 };
const ADDED_HALO = { alpha: 0.55, padding: 8 };
/** The selection's tint and the keyboard's focus halo, as the stylesheet draws them in cytoscape. */
const SELECTED = { color: '#0072B2', alpha: 0.18, padding: 6 };
const FOCUSED = { color: '#1D2733', alpha: 0.55, padding: 9 };
/** A viewport change ends when no other has come for this long; then the nodes are drawn sharply again. */
const SETTLE_MS = 140;
/** Room round the viewport (screen pixels) drawn too, so a short pan shows no bare edge. */
const CULL_MARGIN = 60;
/** A pointer this close (screen pixels) to a small node hits it. */
const HIT_TOLERANCE = 4;

export interface NodeLayerCallbacks {
  /** Text size factor (a projector's larger type). */
  textScale: () => number;
}

/**
 * Draws a big view's nodes on one canvas between the edge layer and cytoscape's, batched: one path
 * per fill colour, one per ring colour and width, no shadows, labels only where they are readable
 * and only for the nodes in view. Cytoscape holds none of them: tens of thousands of nodes cost
 * cytoscape seconds to add and style and tens of milliseconds a frame to pan. A grid finds what is
 * in view and what is under the pointer; while the map moves the last picture is moved instead.
 */
export class NodeLayer {
  private readonly canvas = document.createElement('canvas');
  /** The selection and the keyboard's focus, on a canvas of their own over the nodes: they change without a full redraw. */
  private readonly marksCanvas = document.createElement('canvas');
  private readonly picture = new ViewportPicture(this.canvas);
  private nodes: LayerNode[] = [];
  private readonly byId = new Map<string, number>();
  private grid: NodeGrid | null = null;
  private look: (node: LayerNode) => NodeLook = () => 'normal';
  private colorOf: ReadonlyMap<string, string> = new Map();
  private scaleOf: ReadonlyMap<string, number> = new Map();
  private marks: { selected: string | null; focused: string | null } = { selected: null, focused: null };
  private cy: Core | null = null;
  private frame = 0;
  private moving = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private afterDraw: (() => void)[] = [];
  private readonly onViewport = () => this.viewportMoved();
  private readonly onResize = () => this.schedule();

  constructor(private readonly callbacks: NodeLayerCallbacks) {
    this.canvas.className = 'node-layer';
    this.marksCanvas.className = 'node-marks';
    for (const canvas of [this.canvas, this.marksCanvas]) canvas.setAttribute('aria-hidden', 'true');
  }

  /** Follows this instance's viewport; the canvases go back into its container (destroying cytoscape empties it). */
  attach(cy: Core): void {
    this.detach();
    const container = cy.container();
    if (!this.canvas.isConnected) container?.prepend(this.canvas);
    if (!this.marksCanvas.isConnected) container?.append(this.marksCanvas);
    this.cy = cy;
    cy.on('viewport', this.onViewport);
    cy.on('resize', this.onResize);
  }

  get size(): number {
    return this.nodes.length;
  }

  get(id: string): LayerNode | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.nodes[index];
  }

  /** Every node on the layer, hidden ones too. */
  all(): readonly LayerNode[] {
    return this.nodes;
  }

  /** Whether a node is drawn now (on the layer and not hidden). */
  shows(id: string): boolean {
    const node = this.get(id);
    return node !== undefined && this.look(node) !== 'hidden';
  }

  /** Every node drawn now (not hidden), in drawing order. */
  shown(): LayerNode[] {
    return this.nodes.filter((node) => this.look(node) !== 'hidden');
  }

  setNodes(nodes: LayerNode[]): void {
    this.nodes = nodes;
    this.byId.clear();
    nodes.forEach((node, index) => this.byId.set(node.id, index));
    this.moved();
  }

  /** Moves the nodes `target` places (a layout's result, a drag); the others stay. */
  moveNodes(target: (node: LayerNode) => Point | undefined): void {
    for (const node of this.nodes) {
      const to = target(node);
      if (!to) continue;
      node.x = to.x;
      node.y = to.y;
    }
    this.moved();
  }

  private moved(): void {
    this.grid = null;
    this.picture.forget();
    this.schedule();
  }

  setLook(look: (node: LayerNode) => NodeLook): void {
    this.look = look;
    this.schedule();
  }

  /** A panel's colours and sizes for some nodes (community colours, a metric); empty maps clear them. */
  setOverrides(colorOf: ReadonlyMap<string, string>, scaleOf: ReadonlyMap<string, number>): void {
    this.colorOf = colorOf;
    this.scaleOf = scaleOf;
    this.grid = null;
    this.schedule();
  }

  setMarks(marks: { selected?: string | null; focused?: string | null }): void {
    this.marks = { ...this.marks, ...marks };
    this.drawMarks();
  }

  /** Calls `done` once the layer has drawn what it holds now (or at once when it holds nothing). */
  onNextDraw(done: () => void): void {
    this.afterDraw.push(done);
    this.schedule();
  }

  private gridNodes(): GridNodes {
    const { nodes } = this;
    // Rings, halos and tints reach past the body: a pointer on them hits the node, and culling keeps them.
    const reach = (node: LayerNode) => node.ringWidth + node.separatorWidth + DECORATED.padding;
    return {
      count: nodes.length,
      x: (index) => nodes[index]?.x ?? 0,
      y: (index) => nodes[index]?.y ?? 0,
      halfWidth: (index) => {
        const node = nodes[index];
        return node ? (node.width * this.scale(node)) / 2 + reach(node) : 0;
      },
      halfHeight: (index) => {
        const node = nodes[index];
        return node ? (node.height * this.scale(node)) / 2 + reach(node) : 0;
      },
    };
  }

  private indexGrid(): NodeGrid {
    this.grid ??= buildNodeGrid(this.gridNodes());
    return this.grid;
  }

  private scale(node: LayerNode): number {
    return this.scaleOf.get(node.id) ?? 1;
  }

  /** The node drawn under a model point (the pointer), or none; ghosts of removed nodes are no targets. */
  nodeAt(point: Point, zoom: number): LayerNode | null {
    const index = nodeAt(this.indexGrid(), this.gridNodes(), point, HIT_TOLERANCE / zoom, (at) => {
      const node = this.nodes[at];
      return node !== undefined && node.change !== 'removed' && this.look(node) !== 'hidden';
    });
    return this.nodes[index] ?? null;
  }

  /** The box round the nodes drawn (not hidden), with their bodies. */
  bounds(): Extent {
    const extent = emptyExtent();
    for (const node of this.shown())
      growExtent(extent, node, (Math.max(node.width, node.height) * this.scale(node)) / 2);
    return extent;
  }

  /** Draws on the next frame; several changes in one frame draw once. */
  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private camera(): Camera {
    const cy = this.cy;
    return cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : { zoom: 1, pan: { x: 0, y: 0 } };
  }

  /** While the user pans or zooms, each frame moves the last picture; the nodes are drawn sharply once it settles. */
  private viewportMoved(): void {
    if (this.nodes.length === 0) return;
    this.moving = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.moving = false;
      this.schedule();
    }, SETTLE_MS);
    this.schedule();
  }

  /** A cleared context on one of the layer's canvases, transformed to model coordinates; null without a map. */
  private modelContext(canvas: HTMLCanvasElement, camera: Camera): CanvasRenderingContext2D | null {
    const { cy } = this;
    if (!cy) return null;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    // Setting a canvas's size clears it, so it is only set when it changes.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      if (canvas === this.canvas) this.picture.forget();
    }
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.clearRect(0, 0, width, height);
    const { zoom, pan } = camera;
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    return context;
  }

  private draw(): void {
    const camera = this.camera();
    if (!(this.moving && this.picture.showAt(camera))) {
      const context = this.modelContext(this.canvas, camera);
      if (context && this.cy) {
        const box = visibleBox(camera, { width: this.cy.width(), height: this.cy.height() }, CULL_MARGIN);
        const inView: LayerNode[] = [];
        nodesInBox(this.indexGrid(), box, (index) => {
          const node = this.nodes[index];
          if (node) inView.push(node);
        });
        // The grid visits by cell: back in the map's order, so what is drawn last stays on top.
        inView.sort((a, b) => (this.byId.get(a.id) ?? 0) - (this.byId.get(b.id) ?? 0));
        this.drawNodes(context, inView, camera.zoom);
        this.picture.drawnAt(camera);
      }
    }
    this.drawMarks();
    const waiting = this.afterDraw;
    this.afterDraw = [];
    for (const done of waiting) done();
  }

  /** Draws every node into a context already transformed to model coordinates (an exported image). */
  drawInto(context: CanvasRenderingContext2D, zoom: number): void {
    this.drawNodes(context, this.nodes, zoom);
  }

  private drawNodes(context: CanvasRenderingContext2D, nodes: readonly LayerNode[], zoom: number): void {
    const byLook: Record<Exclude<NodeLook, 'hidden'>, LayerNode[]> = { faded: [], normal: [], decorated: [] };
    const ghosts: LayerNode[] = [];
    for (const node of nodes) {
      const look = this.look(node);
      if (look === 'hidden') continue;
      if (node.change === 'removed') ghosts.push(node);
      else byLook[look].push(node);
    }
    this.tint(context, byLook.decorated, () => DECORATED.color, DECORATED.alpha, DECORATED.padding);
    const added = byLook.normal.filter((node) => node.change === 'added');
    this.tint(context, added, () => CHANGE_STYLE.added.color, ADDED_HALO.alpha, ADDED_HALO.padding);
    this.drawGhosts(context, ghosts);
    for (const look of ['faded', 'normal', 'decorated'] as const)
      this.drawBodies(context, byLook[look], ALPHA[look]);
    context.globalAlpha = 1;
    const labelled = [...byLook.normal, ...byLook.decorated].filter(
      (node) => this.look(node) === 'decorated' || labelShown(node, zoom, this.callbacks.textScale()),
    );
    drawLabels(context, labelled, this.callbacks.textScale(), (node) => this.scale(node));
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
    const scale = this.scale(node);
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
  private tint(
    context: CanvasRenderingContext2D,
    nodes: readonly LayerNode[],
    colorOf: (node: LayerNode) => string,
    alpha: number,
    padding: number,
  ): void {
    context.globalAlpha = alpha;
    for (const [color, batch] of this.batches(nodes, colorOf)) {
      context.fillStyle = color;
      context.beginPath();
      for (const node of batch) this.trace(context, node, padding + node.ringWidth);
      context.fill();
    }
  }

  private drawBodies(context: CanvasRenderingContext2D, nodes: readonly LayerNode[], alpha: number): void {
    if (nodes.length === 0) return;
    context.globalAlpha = alpha;
    // Fills: one path per colour; a node in several chains adds a slice to each of its chains' paths.
    const fills = new Map<string, LayerNode[]>();
    const slices = new Map<string, { node: LayerNode; from: number; to: number }[]>();
    for (const node of nodes) {
      const color = this.colorOf.get(node.id);
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
    for (const color of new Set([...fills.keys(), ...slices.keys()])) {
      context.fillStyle = color;
      context.beginPath();
      for (const node of fills.get(color) ?? []) this.trace(context, node);
      for (const { node, from, to } of slices.get(color) ?? [])
        traceSlice(
          context,
          node.x,
          node.y,
          (Math.min(node.width, node.height) * this.scale(node)) / 2,
          from,
          to,
        );
      context.fill();
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
      this.strokeBatch(context, batch, color, Number(width), style === 'dashed', 0);
    }
    const rings = this.batches(nodes, (node) =>
      node.ringColor && node.ringWidth > 0 ? `${node.ringColor}|${node.ringWidth}` : null,
    );
    for (const [key, batch] of rings) {
      const [color = '', width = '0'] = key.split('|');
      this.strokeBatch(context, batch, color, Number(width), false, 1);
    }
  }

  /**
   * Strokes the nodes' outlines in one path: `outward` 0 on the body's edge (cytoscape's border), 1
   * just outside the border (its outline, the honour ring).
   */
  private strokeBatch(
    context: CanvasRenderingContext2D,
    nodes: readonly LayerNode[],
    color: string,
    width: number,
    dashed: boolean,
    outward: 0 | 1,
  ): void {
    context.strokeStyle = color;
    context.lineWidth = width;
    context.setLineDash(dashed ? [...OUTSIDE_OUTLINE.dash] : []);
    context.beginPath();
    for (const node of nodes) this.trace(context, node, outward * (node.separatorWidth / 2 + width / 2));
    context.stroke();
    context.setLineDash([]);
  }

  /** Removed nodes' ghosts: faded, white, dashed, without pie or ring (as the stylesheet's `change = removed`). */
  private drawGhosts(context: CanvasRenderingContext2D, ghosts: readonly LayerNode[]): void {
    if (ghosts.length === 0) return;
    context.globalAlpha = CHANGE_STYLE.removed.opacity;
    context.fillStyle = '#ffffff';
    context.beginPath();
    for (const node of ghosts) this.trace(context, node);
    context.fill();
    this.strokeBatch(context, ghosts, CHANGE_STYLE.removed.color, 2.5, true, 0);
    context.globalAlpha = 1;
  }

  /** The selection's tint and the keyboard focus halo, over the nodes, with the selected node's name. */
  private drawMarks(): void {
    const camera = this.camera();
    const context = this.modelContext(this.marksCanvas, camera);
    if (!context) return;
    const focused = this.marks.focused === null ? undefined : this.get(this.marks.focused);
    const selected = this.marks.selected === null ? undefined : this.get(this.marks.selected);
    if (focused && this.shows(focused.id)) {
      this.tint(context, [focused], () => FOCUSED.color, FOCUSED.alpha, FOCUSED.padding);
      // The halo is drawn over the map: the node goes over it again, as cytoscape draws it over its underlay.
      this.drawBodies(context, [focused], 1);
    }
    if (selected && this.shows(selected.id)) {
      this.tint(context, [selected], () => SELECTED.color, SELECTED.alpha, SELECTED.padding);
      context.globalAlpha = 1;
      drawLabels(context, [selected], this.callbacks.textScale(), (node) => this.scale(node));
    }
    context.globalAlpha = 1;
  }

  private detach(): void {
    if (!this.cy) return;
    this.cy.off('viewport', this.onViewport);
    this.cy.off('resize', this.onResize);
    this.cy = null;
  }

  dispose(): void {
    this.detach();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.settleTimer);
    this.canvas.remove();
    this.marksCanvas.remove();
  }
}
