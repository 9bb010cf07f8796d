import type { Core, NodeSingular } from 'cytoscape';
import { arrowSize, type ArrowShape } from '../domain/legend';
import type { Point } from '../domain/layout';
import { addArrowHead } from './edgeArrows';
import { finishSteps } from '../domain/graph/steps';
import { segmentAt } from '../domain/viewport';
import { GHOST_PREFIX } from './changeElements';
import { SlicedDraw } from './slicedDraw';
import { paintHighlight, type Highlight } from './edgeHighlight';
import { cameraOf, modelContext, ViewportPicture } from './viewportPicture';

/** An edge as the layer draws it: ends by node id, and its colour and width from the legend model. */
export interface BulkEdge {
  id: string;
  source: string;
  target: string;
  relation: string;
  color: string;
  width: number;
  /** How opaque it is drawn when nothing fades or emphasises it; merged edges are drawn by their weight. */
  opacity?: number;
  /** A merged edge's arrow head at its target (the groups' edges); other edges on the layer have none. */
  arrow?: ArrowShape;
  /** An edge between groups, standing for many ties: nothing to pick. */
  merged?: boolean;
}

/** How one edge is drawn now; 'hidden' edges are skipped. */
export type EdgeLook = 'hidden' | 'faded' | 'normal' | 'emphasis';
type DrawnLook = Exclude<EdgeLook, 'hidden'>;
/** Drawing order: faded under normal under emphasised. */
const LOOKS: readonly DrawnLook[] = ['faded', 'normal', 'emphasis'];
const ALPHA: Record<DrawnLook, number> = { faded: 0.07, normal: 0.5, emphasis: 1 };
/** Opacities are rounded to this step, so edges share a few paths rather than one each. */
const OPACITY_STEP = 0.05;
const WIDTH_FACTOR: Record<DrawnLook, number> = { faded: 1, normal: 1, emphasis: 2 };
/** Thinner than this on screen, a line would vanish at a far zoom. */
const MIN_SCREEN_WIDTH = 0.6;
/** A click this close (screen pixels) to a line picks its tie. */
const HIT_TOLERANCE = 5;
/** Past this many edges the layer draws over several tasks (SlicedDraw), this many edges a step at most. */
const SLICED_EDGES = 20_000;
const STEP_EDGES = 12_500;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * Draws a big view's edges on one canvas under cytoscape's, as a few batched paths (one per colour
 * and width): tens of thousands of edges as cytoscape elements cost seconds to add, style and draw,
 * as lines they cost milliseconds. The map controller says how each edge looks (filtered, faded,
 * emphasised); while the map pans or zooms, the last picture is moved instead of drawing every line.
 */
export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  /**
   * A node's neighbourhood under the pointer on a big map, drawn on a canvas of its own: redrawing
   * 200k lines, or restyling 50k nodes in cytoscape, on every hover would take seconds.
   */
  private readonly highlightCanvas: HTMLCanvasElement;
  private highlight: Highlight | null = null;
  private edges: readonly BulkEdge[] = [];
  /** Distinct colour and width pairs, and each edge's index into them, worked out once per edge set. */
  private styles: { color: string; width: number; opacity: number }[] = [];
  private styleOf: Uint16Array = new Uint16Array(0);
  private look: (edge: BulkEdge) => EdgeLook = () => 'normal';
  private cy: Core | null = null;
  private simplifyViewport = false;
  private readonly picture: ViewportPicture;
  private frame = 0;
  private readonly sliced: SlicedDraw;
  private afterDraw: (() => void)[] = [];
  private readonly onViewport = () => this.viewportMoved();
  /** Nodes moved (a drag, a layout's frame): the picture kept for a viewport change is out of date. */
  private readonly onMoved = () => {
    this.forget();
    this.schedule();
  };
  /** While a layout animates, the edges follow it frame by frame. */
  private readonly onLayoutStart = () => this.cy?.on('render', this.onMoved);
  private readonly onLayoutStop = () => {
    this.cy?.off('render', this.onMoved);
    this.schedule();
  };

  /** `layerNodeAt`: where a node the NodeLayer draws stands (cytoscape does not hold it). */
  constructor(private readonly layerNodeAt: (id: string) => Point | undefined = () => undefined) {
    this.canvas = document.createElement('canvas');
    this.picture = new ViewportPicture(this.canvas);
    this.sliced = new SlicedDraw({
      picture: this.picture,
      redraw: () => this.schedule(),
      drawn: () => this.drawn(),
    });
    this.canvas.className = 'edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.highlightCanvas = document.createElement('canvas');
    this.highlightCanvas.className = 'edge-highlight';
    this.highlightCanvas.setAttribute('aria-hidden', 'true');
  }

  /**
   * Follows this instance's viewport and node moves (the map may be re-created with another
   * renderer). Destroying cytoscape empties its container, so the canvas goes back in each time.
   */
  attach(cy: Core, simplifyViewport: boolean): void {
    this.detach();
    if (!this.canvas.isConnected) cy.container()?.prepend(this.canvas);
    // Over the nodes: on a dense map the neighbourhood would be lost under them.
    if (!this.highlightCanvas.isConnected) cy.container()?.append(this.highlightCanvas);
    this.cy = cy;
    this.simplifyViewport = simplifyViewport;
    cy.on('viewport', this.onViewport);
    // Not 'position': cytoscape would call a listener once per node a layout moves (50,000 calls
    // tripled the time of a layout); a drag, a layout's end and its animation frames say enough.
    cy.on('drag', 'node', this.onMoved);
    cy.on('layoutstart', this.onLayoutStart);
    cy.on('layoutstop', this.onLayoutStop);
    cy.on('resize', this.onMoved);
  }

  get size(): number {
    return this.edges.length;
  }

  get drawnEdges(): readonly BulkEdge[] {
    return this.edges;
  }

  /** The edges at this node. */
  private edgesOf(id: string): BulkEdge[] {
    return this.edges.filter((edge) => edge.source === id || edge.target === id);
  }

  /** The nodes joined to this one by a drawn edge. */
  neighboursOf(id: string): string[] {
    return this.edgesOf(id).map((edge) => (edge.source === id ? edge.target : edge.source));
  }

  setEdges(edges: readonly BulkEdge[]): void {
    this.edges = edges;
    this.highlight = null;
    this.forget();
    // Colour → width → opacity step → style: no key string per edge (200,000 of them took ~90 ms).
    const keys = new Map<string, Map<number, Map<number, number>>>();
    this.styles = [];
    this.styleOf = new Uint16Array(edges.length);
    edges.forEach((edge, index) => {
      const step = Math.round((edge.opacity ?? ALPHA.normal) / OPACITY_STEP);
      let byWidth = keys.get(edge.color);
      if (!byWidth) keys.set(edge.color, (byWidth = new Map()));
      let byStep = byWidth.get(edge.width);
      if (!byStep) byWidth.set(edge.width, (byStep = new Map()));
      let style = byStep.get(step);
      if (style === undefined) {
        style = this.styles.length;
        byStep.set(step, style);
        this.styles.push({ color: edge.color, width: edge.width, opacity: step * OPACITY_STEP });
      }
      this.styleOf[index] = style;
    });
    this.schedule();
  }

  /** Emphasises one node's edges and neighbours and names it, over the edges drawn; null clears it. */
  setHighlight(node: string | null, label = ''): void {
    this.highlight =
      node === null
        ? null
        : { node, label, edges: this.edgesOf(node).filter((edge) => this.look(edge) !== 'hidden') };
    this.drawHighlight();
  }

  setLook(look: (edge: BulkEdge) => EdgeLook): void {
    this.look = look;
    this.forget();
    this.schedule();
  }

  /** What is drawn changed (edges, looks, node spots). */
  private forget(): void {
    this.sliced.changed();
    this.picture.forget();
  }

  /** Nodes of the node layer moved (a drag): the edges follow on the next frame. */
  nodesMoved(): void {
    this.onMoved();
  }

  /** Draws on the next frame; several changes in one frame draw once. */
  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** While the user pans or zooms a big view each frame moves the last picture; the edges are drawn sharply once it settles. */
  private viewportMoved(): void {
    if (this.simplifyViewport)
      this.picture.viewportMoved(
        () => this.schedule(),
        () => this.cy && cameraOf(this.cy),
      );
    this.schedule();
  }

  /** A cleared context on one of the layer's canvases, transformed to model coordinates; null without a map. */
  private modelContext(canvas: HTMLCanvasElement, blank: boolean): CanvasRenderingContext2D | null {
    const drawn = this.cy && modelContext(canvas, this.cy, undefined, blank);
    if (drawn?.resized && canvas === this.canvas) this.forget();
    return drawn ? drawn.context : null;
  }

  private draw(): void {
    const { cy } = this;
    if (!cy) return;
    const camera = cameraOf(cy);
    if (this.sliced.underWay(camera)) return;
    if (!this.picture.showAt(camera)) {
      if (this.edges.length > SLICED_EDGES) {
        this.sliced.draw(this.canvas, cy, camera, (context) => this.strokes(context, camera.zoom));
        this.drawHighlight();
        return;
      }
      const context = this.modelContext(this.canvas, this.edges.length === 0);
      if (context && this.edges.length > 0) this.drawInto(context, camera.zoom);
      this.picture.drawnAt(camera);
    }
    this.drawHighlight();
    this.drawn();
  }

  /** Calls `done` once the layer shows what it holds now (at once when nothing is waiting to be drawn). */
  onceDrawn(done: () => void): void {
    if (this.frame === 0 && !this.sliced.busy) done();
    else this.afterDraw.push(done);
  }

  private drawn(): void {
    if (this.frame !== 0 || this.sliced.busy) return;
    const waiting = this.afterDraw;
    this.afterDraw = [];
    for (const done of waiting) done();
  }

  private drawHighlight(): void {
    const context = this.modelContext(this.highlightCanvas, !this.highlight);
    const { cy, highlight } = this;
    if (!context || !cy || !highlight) return;
    const at = (id: string) => this.layerNodeAt(id) ?? cy.getElementById(id).position();
    paintHighlight(context, highlight, at, cy.zoom());
  }

  /** Where each node the edges end at stands: cytoscape's nodes, then the node layer's. */
  private endsAt(): (id: string) => Point | undefined {
    const positions = new Map<string, Point>();
    this.cy?.nodes().forEach((node: NodeSingular) => {
      positions.set(node.id(), node.position());
    });
    return (id) => positions.get(id) ?? this.layerNodeAt(id);
  }

  /**
   * The tie whose line passes nearest to `point` (model units), within a few pixels on screen at
   * `zoom`; null when none does. Hidden lines, merged edges and removed ties' ghosts are not picked.
   */
  edgeAt(point: Point, zoom: number): string | null {
    if (this.edges.length === 0) return null;
    const at = this.endsAt();
    const index = segmentAt(
      {
        count: this.edges.length,
        ends: (index) => {
          const edge = this.edges[index];
          if (!edge || edge.merged || edge.id.startsWith(GHOST_PREFIX) || this.look(edge) === 'hidden')
            return null;
          const source = at(edge.source);
          const target = at(edge.target);
          return source && target ? [source, target] : null;
        },
      },
      point,
      HIT_TOLERANCE / zoom,
    );
    return this.edges[index]?.id ?? null;
  }

  /** Draws the edges into a context already transformed to model coordinates (the map, or an exported image). */
  drawInto(context: CanvasRenderingContext2D, zoom: number): void {
    finishSteps(this.strokes(context, zoom));
  }

  /** The edges' strokes, one path per look and style, in steps of at most STEP_EDGES edges. */
  private *strokes(context: CanvasRenderingContext2D, zoom: number): Generator<void> {
    if (!this.cy) return;
    const at = this.endsAt();
    // Edge indexes per look and style, so each colour and width is one path and one stroke.
    const buckets = new Map<number, number[]>();
    const styleCount = this.styles.length;
    for (let index = 0; index < this.edges.length; index += 1) {
      const edge = this.edges[index];
      const look = edge ? this.look(edge) : 'hidden';
      if (look !== 'hidden') {
        const key = LOOKS.indexOf(look) * styleCount + (this.styleOf[index] ?? 0);
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        bucket.push(index);
      }
      if ((index + 1) % STEP_EDGES === 0) yield;
    }
    context.lineCap = 'round';
    for (const [key, indexes] of [...buckets].sort(([a], [b]) => a - b)) {
      const look = LOOKS[Math.floor(key / styleCount)] ?? 'normal';
      const style = this.styles[key % styleCount];
      if (!style) continue;
      context.globalAlpha = look === 'normal' ? style.opacity : ALPHA[look];
      context.strokeStyle = style.color;
      context.lineWidth = Math.max(style.width * WIDTH_FACTOR[look], MIN_SCREEN_WIDTH / zoom);
      context.beginPath();
      const arrows: number[] = [];
      for (let step = 0; step < indexes.length; step += 1) {
        const index = indexes[step] ?? -1;
        const edge = this.edges[index];
        const source = edge && at(edge.source);
        const target = edge && at(edge.target);
        if (source && target) {
          context.moveTo(source.x, source.y);
          context.lineTo(target.x, target.y);
          if (edge.arrow) arrows.push(index);
        }
        if ((step + 1) % STEP_EDGES !== 0) continue;
        context.stroke();
        yield;
        context.beginPath();
      }
      context.stroke();
      if (arrows.length > 0) this.fillArrows(context, arrows, at, style.width * WIDTH_FACTOR[look]);
      yield;
    }
    context.globalAlpha = 1;
  }

  /** The arrow heads of these edges (merged edges between groups, which cytoscape holds), in the current fill. */
  private fillArrows(
    context: CanvasRenderingContext2D,
    indexes: readonly number[],
    at: (id: string) => Point | undefined,
    width: number,
  ): void {
    const { cy } = this;
    if (!cy) return;
    context.fillStyle = context.strokeStyle;
    context.beginPath();
    const size = arrowSize(width);
    for (const index of indexes) {
      const edge = this.edges[index];
      const source = edge && at(edge.source);
      const target = edge && at(edge.target);
      if (!edge?.arrow || !source || !target) continue;
      const node = cy.getElementById(edge.target);
      // The tip touches the target's outline: half its larger side, and its award ring.
      const reach =
        Math.max(node.data('width') as number, node.data('height') as number) / 2 +
        ((node.data('ringWidth') as number | undefined) ?? 0);
      addArrowHead(context, edge.arrow, source, target, reach, size);
    }
    context.fill();
  }

  private detach(): void {
    if (!this.cy) return;
    this.cy.off('viewport', this.onViewport);
    this.cy.off('drag', 'node', this.onMoved);
    this.cy.off('layoutstart', this.onLayoutStart);
    this.cy.off('layoutstop', this.onLayoutStop);
    this.cy.off('render', this.onMoved);
    this.cy.off('resize', this.onMoved);
    this.cy = null;
  }

  dispose(): void {
    this.detach();
    cancelAnimationFrame(this.frame);
    this.sliced.cancel();
    this.picture.dispose();
    this.canvas.remove();
    this.highlightCanvas.remove();
  }
}
