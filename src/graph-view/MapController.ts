import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand';
import { backdropOf, type Backdrop } from '../domain/export/backdrop';
import type { Graph } from '../domain/graph/types';
import {
  layoutMoves,
  layoutOf,
  shownLanes,
  type Camera,
  type ChainLanes,
  type Point,
  type ViewportSize,
} from '../domain/layout';
import { afterFirstPicture } from '../io/afterFirstPicture';
import { mark, PERF_MARKS } from '../io/perfMarks';
import type { AppState, MapPort, PngOptions, PngResult } from '../store';
import {
  drawModeOf,
  edgeWithId,
  groupIdByNodeOf,
  segmentGroupsOf,
  visibleOf,
  type DrawMode,
} from '../store/derived';
import { CameraControl } from './cameraControl';
import { onContainerResize } from './containerSize';
import { DrawnNodes } from './drawnNodes';
import { ElementClasses } from './elementClasses';
import { loadFcose } from './fcose';
import { wireGestures } from './gestures';
import type { LayoutPlan } from './layouts';
import { laneNamesOf } from './laneNames';
import { LayoutRunner } from './layoutRunner';
import { mapPng } from './pngExport';
import { Stage } from './stage';
import { ViewDrawer } from './viewDrawer';
import { placeView, viewElementsOf } from './viewElements';

/**
 * The store fields the map draws from. The map writes only its own reports (renderer, drawing and
 * layout progress, itself as the store's `map`), which are not among them, and what the user's
 * gestures ask for (select, open a group, move a node), which are: a report never comes back as
 * something to draw. Requests that are no state (fit, focus, cancel a layout, the camera, an image)
 * come through the MapPort the controller is.
 */
const INPUTS = [
  'graph',
  'filters',
  'previous',
  'showChanges',
  'lod',
  'layout',
  'selected',
  'tie',
  'depth',
  'openGroups',
  'lang',
  'legendHighlight',
  'decorations',
  'presenting',
] as const;
type MapInput = Pick<AppState, (typeof INPUTS)[number]>;

const inputOf = (state: AppState): MapInput =>
  Object.fromEntries(INPUTS.map((key) => [key, state[key]])) as unknown as MapInput;

/** True when `after` is `before` with nodes moved (savePositions): same edges, same nodes in the same order. */
const onlyPositionsDiffer = (before: Graph, after: Graph): boolean =>
  after.edges === before.edges &&
  after.nodes.length === before.nodes.length &&
  after.nodes.every((node, index) => node.id === before.nodes[index]?.id);

/**
 * The map: follows the store and hands each change to the part that owns it. The parts, each set
 * up with callbacks: the stage (cytoscape, renderer, overlays), the view drawer (diffs, chunks,
 * placing new nodes), element classes (selection, filters, legend, decorations, hover, edge looks),
 * the layout runner, the camera (fits, focus, drill by zoom), the gestures and the PNG export.
 */
export class MapController implements MapPort {
  private readonly stage: Stage;
  private readonly drawer: ViewDrawer;
  private readonly classes: ElementClasses;
  private readonly layouts: LayoutRunner;
  private readonly lens: CameraControl;
  /** The nodes drawn, in cytoscape or on the node layer (the keyboard navigator reads them). */
  readonly nodes: DrawnNodes;
  /** The inputs drawn now. */
  private input: MapInput;
  /** The chain lanes drawn: the plan's, less those the filters hide; null in other layouts. */
  private lanes: ChainLanes | null = null;
  /** How the drawn view was made: the whole graph, the filtered part, or groups. */
  private mode: DrawMode = 'all';
  private readonly unsubscribe: () => void;
  private readonly resizes: ResizeObserver;
  private readonly disconnect: () => void;

  /**
   * `coveredTop`: how many pixels of the map's top edge the page's controls over it cover now; fits
   * and the lanes' shape keep clear of them (none while presenting: the controls are hidden).
   */
  constructor(
    private readonly container: HTMLElement,
    store: StoreApi<AppState>,
    coveredTop: () => number,
  ) {
    const covered = () => (this.input.presenting ? 0 : coveredTop());
    const actions = store.getState();
    this.input = inputOf(actions);
    const cy = () => this.stage.cy;
    const mode = () => this.mode;
    const input = () => this.input;
    this.stage = new Stage(container, {
      onRenderer: actions.setRenderer,
      onCore: (core) =>
        wireGestures(core, {
          select: (id) => store.getState().select(id),
          selectTie: (id) => store.getState().selectTie(id),
          openGroup: (id) => store.getState().openGroup(id),
          openCircle: (id) => {
            store.getState().select(id);
            store.getState().setLayout('circle');
          },
          // The dropped node stays there, and the position goes into the data (Preset, export).
          dropped: (id, position) => store.getState().savePositions(new Map([[id, position]])),
          hover: (id) => this.classes.showHover(id),
          layerNodeAt: (position) => this.stage.nodeLayer.nodeAt(position, this.cy.zoom())?.id ?? null,
          layerEdgeAt: (position) => this.stage.edgeLayer.edgeAt(position, this.cy.zoom()),
          layerDrag: (id, position) => {
            this.stage.nodeLayer.moveNode(id, position);
            this.stage.edgeLayer.nodesMoved();
          },
          zoomStep: (pointer) => this.lens.zoomStep(pointer),
          panned: () => this.lens.noteUserMove(),
        }),
    });
    const { edgeLayer, nodeLayer } = this.stage;
    this.nodes = this.stage.drawnNodes;
    this.drawer = new ViewDrawer({
      cy,
      edgeLayer,
      nodeLayer,
      onProgress: actions.setDrawProgress,
      beforeAdding: (added) => {
        this.updateStylePolicy();
        if (added > 0) this.stage.drawNextPictureDirectly();
      },
    });
    this.classes = new ElementClasses({
      cy,
      edgeLayer,
      nodeLayer,
      afterDrawn: (done) => this.stage.afterDrawn(done),
      input,
      mode,
      layoutMembers: () => this.layouts.plan?.members ?? null,
      drawnElements: () => this.drawer.size,
      segmentMembers: (id) => segmentGroupsOf(this.input).get(id) ?? [],
    });
    this.lens = new CameraControl({
      cy,
      nodeLayer,
      mode,
      graph: () => this.input.graph,
      lanes: () => this.lanes,
      coveredTop: covered,
      openGroup: (id) => store.getState().openGroup(id),
    });
    this.layouts = new LayoutRunner({
      cy,
      edgeLayer,
      nodeLayer,
      input,
      mode,
      coveredTop: covered,
      onPlanned: (plan) => this.showPlan(plan),
      onProgress: actions.setLayoutProgress,
      fitFor: (positionOf) => this.lens.fitCamera(undefined, positionOf),
      watchCamera: () => this.lens.watchRequests(),
    });
    this.unsubscribe = store.subscribe((state) => this.follow(state));
    // A table opened beneath, a panel closed: the map's own fit follows, but not while a presentation frames each step.
    this.resizes = onContainerResize(container, () => {
      if (!this.input.presenting) this.lens.followResize();
    });
    this.showView(true, null);
    this.stage.segmentOutlines.show(segmentGroupsOf(this.input));
    this.disconnect = () => store.getState().connectMap(null);
    actions.connectMap(this);
    // Loaded on first use (./fcose.ts), and fetched once the first picture is in, so an upload
    // rarely has to wait for it; a failure here is tried again at that first use.
    afterFirstPicture(() => void loadFcose().catch(() => undefined));
  }

  /** The live cytoscape instance (browser tests and the benchmark read it). */
  get cy(): Core {
    return this.stage.cy;
  }

  /** Layouts started off the main path (a worker, or fcose loading) and settled (browser tests read it). */
  get layoutRuns(): { started: number; settled: number } {
    return this.layouts.workerRunCounts;
  }

  /** Edges drawn now, as cytoscape elements or on the edge layer (browser tests read it). */
  get drawnEdgeCount(): number {
    return this.cy.edges().length + this.stage.edgeLayer.size;
  }

  /** The edges on the edge layer (browser tests read them). */
  get layerEdges(): readonly { id: string; source: string; target: string }[] {
    return this.stage.edgeLayer.drawnEdges;
  }

  /** Nodes drawn now, by cytoscape or on the node layer, and how many of them the layer holds (browser tests read it). */
  get drawnNodeCount(): { all: number; layer: number } {
    const layer = this.stage.nodeLayer.size;
    return { all: this.cy.nodes().length + layer, layer };
  }

  private follow(state: AppState): void {
    if (INPUTS.every((key) => state[key] === this.input[key])) return;
    const before = this.input;
    this.input = inputOf(state);
    this.apply(this.input, before);
  }

  private apply(state: MapInput, before: MapInput): void {
    // A dragged node's new spot is saved into the graph: the same map, nothing to draw or lay out again.
    const moved = state.graph !== before.graph && onlyPositionsDiffer(before.graph, state.graph);
    if (moved) this.layouts.carryOverview(before.graph, state.graph);
    const graphChanged = state.graph !== before.graph && !moved;
    const mode = drawModeOf(state);
    const relayout = layoutMoves(before, state);
    const viewChanged =
      graphChanged ||
      mode !== this.mode ||
      state.showChanges !== before.showChanges ||
      state.previous !== before.previous ||
      (mode !== 'all' &&
        (state.filters !== before.filters ||
          state.openGroups !== before.openGroups ||
          state.lang !== before.lang)) ||
      (mode === 'visible' && relayout);
    const opened =
      state.openGroups.length > before.openGroups.length ? (state.openGroups.at(-1) ?? null) : null;
    if (viewChanged) this.showView(graphChanged, opened);
    if (state.selected !== before.selected || state.tie !== before.tie) this.classes.showSelection();
    // A filter can empty a lane or bring one back; before any refit, which frames the lanes too.
    if (state.filters !== before.filters && !relayout) this.showLanes();
    if (!viewChanged && state.filters !== before.filters) {
      this.classes.showFilters();
      // Hiding leaves a few nodes small in a corner: bring what is left into view, unless the user moved the camera.
      if (state.filters.mode === 'hide' || before.filters.mode === 'hide') this.lens.refit();
    }
    if (state.legendHighlight !== before.legendHighlight) this.classes.showLegendHighlight();
    if (relayout) this.layouts.run();
    if (state.lang !== before.lang) this.showLanes();
    if (state.presenting !== before.presenting) this.updateStylePolicy();
    if (state.decorations !== before.decorations) this.classes.showDecorations();
    this.stage.segmentOutlines.show(segmentGroupsOf(state));
  }

  /**
   * Draws the view the inputs ask for; only a new graph gets a fresh layout, other changes start
   * new nodes near what they replace and fit the result (the group just `opened`, if any).
   */
  private showView(graphChanged: boolean, opened: string | null): void {
    const state = this.input;
    // Positions for the old view would land on the wrong nodes.
    this.layouts.cancel();
    const previousMode = this.mode;
    this.mode = drawModeOf(state);
    if (graphChanged && this.stage.fitRendererTo(state.graph)) {
      this.drawer.reset();
      this.layouts.reset();
    }
    const showingAll = previousMode !== 'all' && this.mode === 'all';
    const view = viewElementsOf(state, this.mode);
    // A whole map whose layout is known before drawing (members around their groups) is drawn there
    // once: no first picture that a layout then redraws whole.
    const planned =
      this.mode === 'all' && (graphChanged || showingAll) ? this.layouts.positionsBeforeDrawing() : null;
    if (planned) placeView(view, planned);
    const placement = {
      fresh: graphChanged || planned !== null,
      groupOf: () => groupIdByNodeOf(state.graph),
    };
    this.drawer.draw(view, placement, (change) => {
      this.classes.showSelection();
      this.classes.showFilters();
      this.classes.showLegendHighlight();
      this.classes.showDecorations();
      if (graphChanged || showingAll || (change.addedNodes > 0 && !change.placed)) this.layouts.run(true);
      // A new set of elements (another filter, a group opened) is brought into view, unless a node is waiting for focus.
      else if (!this.lens.focusPending && (change.addedNodes > 0 || change.removed > 0))
        this.lens.fit(opened);
      // Before the dataset is in, the graph is empty: no map drawn yet, nothing to time.
      if (state.graph.nodes.length > 0) this.stage.afterDrawn(() => mark(PERF_MARKS.graphDrawn));
      if (this.lens.takePendingFocus()) {
        this.classes.showSelection();
        this.lens.focus(this.input.selected);
      }
    });
  }

  private updateStylePolicy(): void {
    this.stage.updateStylePolicy(
      this.drawer.size + this.stage.edgeLayer.size,
      this.input.presenting,
      this.lanes !== null,
    );
  }

  private showPlan(plan: LayoutPlan): void {
    this.showLanes();
    this.classes.showLayoutMembers(plan.members);
  }

  private showLanes(): void {
    const { graph, filters } = this.input;
    const planned = this.layouts.plan?.lanes;
    // Faded nodes stay in their lanes; hidden ones take their lanes with them when no one else is left.
    const visible = filters.mode === 'hide' ? visibleOf(this.input).nodeIds : null;
    this.lanes = planned ? (visible ? shownLanes(planned, (id) => visible.has(id)) : planned) : null;
    this.stage.laneOverlay.show(this.lanes, laneNamesOf(graph, this.input.lang));
    this.updateStylePolicy();
  }

  /** The lanes and segment outlines drawn round the nodes, as an export at `zoom` draws them. */
  backdrop(zoom = 1): Backdrop {
    return backdropOf({
      lanes: this.lanes,
      names: laneNamesOf(this.input.graph, this.input.lang),
      positionOf: (id) => this.nodes.get(id)?.position ?? null,
      outlines: this.stage.segmentOutlines.outlines(),
      zoom,
    });
  }

  png(options: PngOptions): Promise<PngResult> {
    return mapPng(this.cy, this.stage, options, this.backdrop(options.full ? 1 : this.cy.zoom()));
  }

  drawnPositions(): Map<string, Point> {
    return new Map(this.nodes.all().map((node) => [node.id, { ...node.position }]));
  }

  camera(): Camera {
    return this.lens.camera();
  }

  movedCamera(): Camera | null {
    return this.lens.movedCamera();
  }

  setCamera(camera: Camera | null, animate: boolean): void {
    this.lens.setCamera(camera, animate);
  }

  size(): ViewportSize | null {
    const { clientWidth: width, clientHeight: height } = this.container;
    return width > 0 && height > 0 ? { width, height } : null;
  }

  fit(): void {
    this.lens.fit();
  }

  focus(id: string): void {
    // The enterprise circle fits its rings round the selection itself: zooming to the centre would cut them off.
    if (!layoutOf(this.input.layout).needsSelection) this.lens.focus(id);
  }

  focusTie(id: string): void {
    const edge = edgeWithId(this.input.graph, id);
    const from = edge && this.nodes.get(edge.source);
    const to = edge && this.nodes.get(edge.target);
    if (from && to) this.lens.focusBetween(from, to);
  }

  cancelLayout(): void {
    this.layouts.cancel();
  }

  refineLayout(): void {
    this.layouts.refine();
  }

  dispose(): void {
    this.resizes.disconnect();
    this.disconnect();
    this.unsubscribe();
    this.layouts.cancel();
    this.lens.dispose();
    this.drawer.dispose();
    this.stage.dispose();
  }
}
