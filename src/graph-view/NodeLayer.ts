import type { Core } from 'cytoscape';
import { emptyExtent, growExtent, type Camera, type Extent, type Point } from '../domain/layout';
import {
  buildNodeGrid,
  nodeAt,
  nodesInBox,
  visibleBox,
  type GridNodes,
  type NodeGrid,
} from '../domain/viewport';
import type { LayerNode, NodeLook } from './nodeLooks';
import { NodePainter, PAINT_REACH } from './nodePainter';
import { SlicedDraw } from './slicedDraw';
import { cameraOf, modelContext, ViewportPicture } from './viewportPicture';

/** Room round the viewport (screen pixels) drawn too, so a short pan shows no bare edge. */
const CULL_MARGIN = 60;
/** A pointer this close (screen pixels) to a small node hits it. */
const HIT_TOLERANCE = 4;
/**
 * Past this many nodes a sharp draw runs in the task after its frame's: the edge layer draws in the
 * frame, and the two whole-map draws together held the page 0.6-1.2 s at 50,000 nodes (the nodes
 * then appear one frame after the edges). Moved pictures, while the map pans, stay in the frame.
 */
const SPLIT_DRAW_NODES = 5000;
/** Past this many nodes in view the layer draws over several tasks (SlicedDraw). */
const SLICED_NODES = 5000;

export interface NodeLayerCallbacks {
  /** Text size factor (a projector's larger type). */
  textScale: () => number;
  /** The chain lanes: labels only once readable, none for segments (nodeLabels labelShown). */
  lanes: () => boolean;
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
  private readonly sliced = new SlicedDraw({
    picture: this.picture,
    redraw: () => this.requestFrame(),
    drawn: () => this.drawn(),
  });
  private splitDraw: ReturnType<typeof setTimeout> | undefined;
  private afterDraw: (() => void)[] = [];
  private readonly painter = new NodePainter({
    look: (node) => this.look(node),
    scale: (node) => this.scale(node),
    colorOf: (node) => this.colorOf.get(node.id),
    textScale: () => this.callbacks.textScale(),
    lanes: () => this.callbacks.lanes(),
  });
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

  /** Moves one node (a drag). */
  moveNode(id: string, to: Point): void {
    const node = this.get(id);
    if (!node) return;
    node.x = to.x;
    node.y = to.y;
    this.moved();
  }

  private moved(): void {
    this.grid = null;
    this.forget();
    this.schedule();
  }

  private forget(): void {
    this.sliced.changed();
    this.picture.forget();
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
    this.requestFrame();
  }

  private gridNodes(): GridNodes {
    const { nodes } = this;
    // Rings, halos and tints reach past the body: a pointer on them hits the node, and culling keeps them.
    const reach = (node: LayerNode) => node.ringWidth + node.separatorWidth + PAINT_REACH;
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

  /** What is drawn changed: draws on the next frame; several changes in one frame draw once. */
  schedule(): void {
    this.sliced.changed();
    this.requestFrame();
  }

  /** Draws on the next frame what the layer holds (at the camera then). */
  private requestFrame(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      if (this.nodes.length > SPLIT_DRAW_NODES && !this.picture.canShow()) {
        // `frame` stays set until then: changes meanwhile are drawn by this draw.
        this.splitDraw = setTimeout(() => {
          this.frame = 0;
          this.draw();
        }, 0);
        return;
      }
      this.frame = 0;
      this.draw();
    });
  }

  private camera(): Camera {
    return this.cy ? cameraOf(this.cy) : { zoom: 1, pan: { x: 0, y: 0 } };
  }

  /** While the user pans or zooms, each frame moves the last picture; the nodes are drawn sharply once it settles. */
  private viewportMoved(): void {
    if (this.nodes.length === 0) return;
    this.picture.viewportMoved(
      () => this.requestFrame(),
      () => this.camera(),
    );
    this.requestFrame();
  }

  /** A cleared context on one of the layer's canvases, transformed to model coordinates; null without a map. */
  private modelContext(
    canvas: HTMLCanvasElement,
    camera: Camera,
    blank: boolean,
  ): CanvasRenderingContext2D | null {
    const drawn = this.cy && modelContext(canvas, this.cy, camera, blank);
    if (drawn?.resized && canvas === this.canvas) this.forget();
    return drawn ? drawn.context : null;
  }

  /** The nodes in view at `camera`, in the map's order (what is drawn last stays on top). */
  private inView(cy: Core, camera: Camera): LayerNode[] {
    const box = visibleBox(camera, { width: cy.width(), height: cy.height() }, CULL_MARGIN);
    // The grid visits by cell: marked, then read back in the map's order (no sort by id).
    const seen = new Uint8Array(this.nodes.length);
    nodesInBox(this.indexGrid(), box, (index) => (seen[index] = 1));
    return this.nodes.filter((_, index) => seen[index] === 1);
  }

  private draw(): void {
    const camera = this.camera();
    const { cy } = this;
    if (this.sliced.underWay(camera)) return;
    if (!this.picture.showAt(camera)) {
      const inView = cy ? this.inView(cy, camera) : [];
      if (cy && inView.length > SLICED_NODES) {
        this.sliced.draw(this.canvas, cy, camera, (context) =>
          this.painter.steps(context, inView, camera.zoom),
        );
        this.drawMarks();
        return;
      }
      const context = this.modelContext(this.canvas, camera, this.nodes.length === 0);
      if (context && cy) {
        this.painter.nodes(context, inView, camera.zoom);
        this.picture.drawnAt(camera);
      }
    }
    this.drawn();
  }

  /** The marks over the nodes, and whoever waited for this draw. */
  private drawn(): void {
    this.drawMarks();
    const waiting = this.afterDraw;
    this.afterDraw = [];
    for (const done of waiting) done();
  }

  /** Draws every node into a context already transformed to model coordinates (an exported image). */
  drawInto(context: CanvasRenderingContext2D, zoom: number): void {
    this.painter.nodes(context, this.nodes, zoom);
  }

  /** The selection's tint and the keyboard focus halo, over the nodes, with the selected node's name. */
  private drawMarks(): void {
    const shown = (id: string | null) => (id !== null && this.shows(id) ? (this.get(id) ?? null) : null);
    const focused = shown(this.marks.focused);
    const selected = shown(this.marks.selected);
    const context = this.modelContext(this.marksCanvas, this.camera(), !focused && !selected);
    if (!context) return;
    this.painter.marks(context, focused, selected);
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
    clearTimeout(this.splitDraw);
    this.sliced.cancel();
    this.picture.dispose();
    this.canvas.remove();
    this.marksCanvas.remove();
  }
}
