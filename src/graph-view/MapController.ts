import cytoscape, {
  type CytoscapeOptions,
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type Collection,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { StoreApi } from 'zustand';
import type { AppState, LegendHighlight } from '../store';
import {
  adjacencyOf,
  aggregatedViewOf,
  aggregateOfNodeOf,
  drawModeOf,
  filterIndexOf,
  fullLegendOf,
  visibleOf,
  type DrawMode,
} from '../store/derived';
import { khop } from '../domain/graph/neighbourhood';
import { LOD_THRESHOLD } from '../domain/aggregate';
import { aggregateLabelOf } from '../store/groupNames';
import type { Graph, GraphEdge } from '../domain/graph/types';
import { edgeVisual, type Legend } from '../domain/legend';
import { layoutMoves, layoutOf, type LayoutView, type Positions, withPinned } from '../domain/layout';
import { aggregatedElements, changedData, graphElements } from './elements';
import { buildStylesheet, labelsFor, type StylePolicy } from './stylesheet';
import { EdgeLayer, type BulkEdge, type EdgeLook } from './EdgeLayer';
import { planLayout, type LayoutPlan } from './layouts';
import { chooseRenderer, probeGpu } from './rendererChoice';
import { LaneOverlay } from './LaneOverlay';
import { translate, translateValue } from '../i18n';
import { nodesByIdOf } from '../store/derived';
import { mark, PERF_MARKS } from '../io/perfMarks';
import { runLayout as runWorkerLayout, type LayoutRun } from '../io/runLayout';
import {
  registerMapHandle,
  type Camera,
  type MapHandle,
  type PngOptions,
  type PngResult,
} from '../io/mapHandle';

cytoscape.use(fcose);

const ANIMATION_MS = 500;
/** Chromium's canvas limits: a side of at most 16,384 px and about 268 million pixels in all; keep well inside. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;
const FIT_PADDING = 72;
/** What the map toolbar and the level-of-detail box cover of the map's top edge, in pixels. */
const TOOLBAR_HEIGHT = 70;
/** Fitting a handful of nodes would zoom in as far as the map allows: closer than this looks broken. */
const FIT_MAX_ZOOM = 1.5;
const LANES_FIT_PADDING = 130;
const HOVER_FADE_LIMIT = 5000;
/**
 * Above this many drawn edges they are drawn by the EdgeLayer, as straight lines without arrows,
 * not as cytoscape elements: each cytoscape edge costs about half a millisecond to style and draw,
 * and a view with thousands of them is a web in which no single arrow can be read anyway.
 */
const BULK_EDGE_LIMIT = 1000;
/** Moving more nodes than this in an animation would draw a handful of slow frames: they jump. */
const ANIMATED_NODE_LIMIT = 2000;

/** What cytoscape is started with; changing either needs a new instance. */
interface RenderProfile {
  webgl: boolean;
  simplifyViewport: boolean;
}
/**
 * Zooming in (wheel or pinch) until a group is this wide on screen, as a share of the map's
 * shorter side, opens it: zooming into a group is drilling into it.
 */
const DRILL_SCREEN_SHARE = 0.2;
/** A zoom gesture is over when no wheel or pinch step has come for this long. */
const DRILL_SETTLE_MS = 250;
/** Elements added per frame when a big view is drawn, so the page stays responsive. */
const DRAW_CHUNK = 8000;

const countEdges = (elements: ReadonlyMap<string, ElementDefinition>): number => {
  let count = 0;
  for (const element of elements.values()) if (element.group === 'edges') count += 1;
  return count;
};

/** True when `after` is `before` with nodes moved (savePositions): same edges, same nodes in the same order. */
const onlyPositionsDiffer = (before: Graph, after: Graph): boolean =>
  after.edges === before.edges &&
  after.nodes.length === before.nodes.length &&
  after.nodes.every((node, index) => node.id === before.nodes[index]?.id);

/** A graph edge in the EdgeLayer's form, styled by the same legend model as an element. */
const bulkEdge = (edge: GraphEdge, legend: Legend): BulkEdge => {
  const { color, width } = edgeVisual(edge, legend);
  return { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation, color, width };
};

/** Moves a view's edges out of its element definitions, into the EdgeLayer's form. */
const takeEdges = (elements: Map<string, ElementDefinition>): BulkEdge[] => {
  const edges: BulkEdge[] = [];
  for (const [id, element] of elements) {
    if (element.group !== 'edges') continue;
    elements.delete(id);
    const { source, target, relation, color, width, opacity } = element.data as Omit<BulkEdge, 'id'>;
    edges.push({ id, source, target, relation, color, width, opacity });
  }
  return edges;
};

const matchesHighlight = (
  cy: Core,
  highlight: LegendHighlight,
  bulkEdges: readonly BulkEdge[],
): Collection => {
  switch (highlight.kind) {
    case 'type':
      return cy.nodes().filter((node) => node.data('type') === highlight.value);
    case 'level':
      return cy.nodes().filter((node) => node.data('level') === highlight.value);
    case 'sector':
      return cy.nodes().filter((node) => {
        const sectors = (node.data('sectors') as string).split('|').filter(Boolean);
        if (highlight.value === null) return sectors.length === 0 && node.data('type') !== 'chain';
        return sectors.includes(highlight.value) || node.id() === highlight.value;
      });
    case 'relation': {
      const edges = cy.edges().filter((edge) => edge.data('relation') === highlight.value);
      const bulkEnds = new Set<string>();
      for (const edge of bulkEdges) {
        if (edge.relation !== highlight.value) continue;
        bulkEnds.add(edge.source);
        bulkEnds.add(edge.target);
      }
      const bulkNodes =
        bulkEnds.size === 0 ? cy.collection() : cy.nodes().filter((node) => bulkEnds.has(node.id()));
      return edges.union(edges.connectedNodes()).union(bulkNodes);
    }
  }
};

/**
 * Owns the one long-lived cytoscape instance. It subscribes to the store and applies each change
 * as a diff inside `cy.batch()`; it is never re-created on a filter, selection or language change.
 */
export class MapController implements MapHandle {
  private core: Core;
  private profile: RenderProfile = { webgl: false, simplifyViewport: false };
  private shown = new Map<string, ElementDefinition>();
  private readonly overviewCache = new Map<Graph, Positions>();
  /** What the drawn layout was planned for; null: nothing laid out on this cytoscape instance yet. */
  private laidOut: LayoutView | null = null;
  private readonly laneOverlay: LaneOverlay;
  private readonly edgeLayer: EdgeLayer;
  /** The node whose neighbourhood is emphasised under the pointer. */
  private hovered: string | null = null;
  private lastPlan: LayoutPlan | null = null;
  /** A big map's layout running in the worker, until its positions are drawn. */
  private workerLayout: LayoutRun | null = null;
  private stylePolicy: StylePolicy = { labels: 'all', textScale: 1 };
  /** How the drawn view was made: the whole graph, the filtered part, or aggregates. */
  private mode: DrawMode = 'all';
  /** Bumped to abandon a chunked draw in progress. */
  private drawGeneration = 0;
  /** A node to bring into view once the aggregate holding it has been drawn open. */
  private pendingFocus: string | null = null;
  /** The group just opened: once its members are drawn the camera goes to them, not to the whole view. */
  private openedGroup: string | null = null;
  /** The zoom a wheel or pinch gesture started from, and the timer that ends it. */
  private gesture: { zoomBefore: number; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Counts camera requests through the map handle, so a layout still running can tell it was overruled. */
  private cameraRequests = 0;
  private requestedCamera: Camera | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: StoreApi<AppState>,
  ) {
    this.edgeLayer = new EdgeLayer();
    this.laneOverlay = new LaneOverlay();
    this.core = this.createCore(this.profile);
    this.unsubscribe = store.subscribe((state, before) => this.follow(state, before));
    this.showView(true);
    registerMapHandle(this);
  }

  /** The live cytoscape instance (browser tests and the benchmark read it). */
  get cy(): Core {
    return this.core;
  }

  /** Edges drawn now, as cytoscape elements or on the edge layer (browser tests read it). */
  get drawnEdgeCount(): number {
    return this.core.edges().length + this.edgeLayer.size;
  }

  private createCore(profile: RenderProfile): Core {
    const options: CytoscapeOptions = {
      container: this.container,
      style: buildStylesheet(this.stylePolicy),
      // A city map laid out by ForceAtlas2 spans tens of thousands of units: it must fit on screen.
      minZoom: 0.01,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // On a big map, panning and zooming draw a cached picture without edges or labels.
      hideEdgesOnViewport: profile.simplifyViewport,
      hideLabelsOnViewport: profile.simplifyViewport,
      textureOnViewport: profile.simplifyViewport,
    };
    // cytoscape's typings predate the WebGL renderer option (3.31).
    const core = cytoscape({
      ...options,
      renderer: { name: 'canvas', webgl: profile.webgl },
    } as CytoscapeOptions);
    this.profile = profile;
    // Each overlay goes first in the container, so the one attached last lies lowest: lane bands under edges.
    this.edgeLayer.attach(core, profile.simplifyViewport);
    this.laneOverlay.attach(core);
    this.listen(core);
    return core;
  }

  /**
   * The renderer and its viewport options are fixed when cytoscape starts, so a dataset that needs
   * others gets a new instance: the only time the map is re-created.
   */
  private chooseRenderer(graph: Graph): void {
    const elementCount = graph.nodes.length + graph.edges.length;
    const choice = chooseRenderer(elementCount, probeGpu());
    this.store.getState().setRenderer(choice);
    const profile: RenderProfile = { webgl: choice.webgl, simplifyViewport: elementCount > LOD_THRESHOLD };
    if (profile.webgl === this.profile.webgl && profile.simplifyViewport === this.profile.simplifyViewport)
      return;
    this.core.destroy();
    this.shown = new Map();
    this.laidOut = null;
    this.core = this.createCore(profile);
  }

  private listen(cy: Core): void {
    const { store } = this;
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      // Tapping an aggregate drills into it; a real node is selected.
      if (node.data('aggregate')) store.getState().openGroup(node.id());
      else store.getState().select(node.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) store.getState().select(null);
    });
    cy.on('dbltap', 'node[!aggregate]', (event) => {
      store.getState().select((event.target as NodeSingular).id());
      store.getState().setLayout('circle');
    });
    cy.on('scrollzoom pinchzoom', (event) => this.zoomGesture(event.position));
    cy.on('mouseover', 'node', (event) => this.showHover(event.target as NodeSingular));
    cy.on('mouseout', 'node', () => this.showHover(null));
    // A dragged node stays where it is put, and the position goes into the data (Preset, export).
    cy.on('dragfree', 'node[!aggregate]', (event) => {
      const node = event.target as NodeSingular;
      store.getState().savePositions(new Map([[node.id(), { ...node.position() }]]));
    });
  }

  private follow(state: AppState, before: AppState): void {
    // A dragged node's new spot is saved into the graph: the same map, nothing to draw or lay out again.
    const moved = state.graph !== before.graph && onlyPositionsDiffer(before.graph, state.graph);
    if (moved) this.carryOverview(before.graph, state.graph);
    const graphChanged = state.graph !== before.graph && !moved;
    const mode = drawModeOf(state);
    const relayout = layoutMoves(before, state);
    const viewChanged =
      graphChanged ||
      mode !== this.mode ||
      (mode !== 'all' &&
        (state.filters !== before.filters ||
          state.openGroups !== before.openGroups ||
          state.lang !== before.lang)) ||
      (mode === 'visible' && relayout);
    const opened = state.openGroups.length > before.openGroups.length ? state.openGroups.at(-1) : undefined;
    this.openedGroup = opened ?? null;
    if (viewChanged) this.showView(graphChanged);
    if (state.selected !== before.selected) this.showSelection();
    if (!viewChanged && state.filters !== before.filters) this.showFilters();
    if (state.legendHighlight !== before.legendHighlight) this.showLegendHighlight();
    if (relayout) this.runLayout();
    if (state.lang !== before.lang) this.showLanes();
    if (state.presenting !== before.presenting) this.updateStylePolicy();
    if (state.decorations !== before.decorations) this.showDecorations();
    if (state.fitRequest !== before.fitRequest) this.fit();
    if (state.focusRequest !== before.focusRequest) this.focusSelection();
    if (state.cancelLayoutRequest !== before.cancelLayoutRequest) this.cancelWorkerLayout();
  }

  /** The overview laid out for a graph stays valid for the same graph with some nodes moved by hand. */
  private carryOverview(before: Graph, after: Graph): void {
    const overview = this.overviewCache.get(before);
    if (!overview) return;
    const carried = new Map(overview);
    after.nodes.forEach((node, index) => {
      if (node !== before.nodes[index] && node.x !== undefined && node.y !== undefined)
        carried.set(node.id, { x: node.x, y: node.y });
    });
    this.overviewCache.set(after, carried);
  }

  /**
   * Every element as it should be drawn now: the whole graph, its filtered part, or its aggregated
   * view; past BULK_EDGE_LIMIT edges, the edges go to the edge layer instead of cytoscape.
   */
  private viewElements(state: AppState): { elements: Map<string, ElementDefinition>; bulkEdges: BulkEdge[] } {
    const { graph, lang } = state;
    const legend = fullLegendOf(graph);
    if (this.mode !== 'aggregated') {
      const part = this.mode === 'all' ? graph : this.visiblePart(state);
      const bulk = part.edges.length > BULK_EDGE_LIMIT;
      return {
        elements: graphElements(part, legend, !bulk),
        bulkEdges: bulk ? part.edges.map((edge) => bulkEdge(edge, legend)) : [],
      };
    }
    const elements = aggregatedElements(
      graph,
      aggregatedViewOf(state),
      legend,
      aggregateLabelOf(graph, lang),
      filterIndexOf(graph),
    );
    return { elements, bulkEdges: countEdges(elements) > BULK_EDGE_LIMIT ? takeEdges(elements) : [] };
  }

  /** The filtered graph; in the enterprise circle only its rings (a big map's circle stays small). */
  private visiblePart(state: AppState): Graph {
    const { graph, filters, layout, selected, depth } = state;
    const visible = visibleOf(graph, filters);
    const rings =
      layoutOf(layout).needsSelection && selected !== null ? khop(adjacencyOf(graph), selected, depth) : null;
    const keep = (id: string) => visible.nodeIds.has(id) && (rings === null || rings.has(id));
    const nodes = graph.nodes.filter((node) => keep(node.id));
    const edges = graph.edges.filter(
      (edge) => visible.edgeIds.has(edge.id) && keep(edge.source) && keep(edge.target),
    );
    return { ...graph, nodes, edges };
  }

  /**
   * Applies the difference between what is drawn and what should be. New nodes start where their
   * aggregate was (drilling in) or where their members were (closing one), so the picture does
   * not jump; only a new graph gets a fresh layout.
   */
  private showView(graphChanged: boolean): void {
    const state = this.store.getState();
    // Positions for the old view would land on the wrong nodes.
    this.cancelWorkerLayout();
    const previousMode = this.mode;
    // Set before the renderer choice goes into the store: that store change calls follow() again
    // at once, and it must find this view already under way, not start a second one.
    this.mode = drawModeOf(state);
    if (graphChanged) this.chooseRenderer(state.graph);
    // "Show all" starts from members placed around their groups, then gets a real layout.
    const showingAll = previousMode !== 'all' && this.mode === 'all';
    const { elements: next, bulkEdges } = this.viewElements(state);
    const { cy } = this;
    if (state.drawProgress) {
      // A chunked draw was cut short (cancelled, or the view changed): count only what got drawn.
      this.shown = new Map([...this.shown].filter(([id]) => cy.getElementById(id).nonempty()));
      state.setDrawProgress(null);
    }
    const before = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((node: NodeSingular) => {
      before.set(node.id(), { ...node.position() });
    });
    const added: ElementDefinition[] = [];
    let removedCount = 0;
    cy.batch(() => {
      for (const id of this.shown.keys()) {
        if (next.has(id)) continue;
        cy.getElementById(id).remove();
        removedCount += 1;
      }
      for (const [id, element] of next) {
        const shown = this.shown.get(id);
        if (!shown) {
          added.push(element);
          continue;
        }
        const changed = changedData(shown.data, element.data);
        if (changed) cy.getElementById(id).data(changed);
      }
    });
    const addedNodes = added.filter((element) => element.group === 'nodes');
    const placed = graphChanged ? false : this.placeNear(addedNodes, before, state.graph);
    this.shown = next;
    this.edgeLayer.setEdges(bulkEdges);
    this.updateStylePolicy();
    const finish = () => {
      this.showSelection();
      this.showFilters();
      this.showLegendHighlight();
      this.showDecorations();
      if (graphChanged || showingAll || (addedNodes.length > 0 && !placed)) this.runLayout(true);
      // A new set of elements (another filter, a group opened) is brought into view, unless a node is waiting for focus.
      else if (this.pendingFocus === null && (addedNodes.length > 0 || removedCount > 0))
        this.fit(this.openedGroup);
      this.openedGroup = null;
      this.cy.one('render', () => mark(PERF_MARKS.graphDrawn));
      this.focusPending();
    };
    this.addInChunks(
      addedNodes,
      added.filter((element) => element.group === 'edges'),
      finish,
    );
  }

  /**
   * Adds elements, nodes before edges (cytoscape rejects an edge whose endpoint is missing). A big
   * batch goes in chunks between frames with a progress bar, and can be cancelled.
   */
  private addInChunks(nodes: ElementDefinition[], edges: ElementDefinition[], finish: () => void): void {
    const elements = [...nodes, ...edges];
    const generation = ++this.drawGeneration;
    const { setDrawProgress } = this.store.getState();
    if (elements.length <= DRAW_CHUNK) {
      this.cy.add(elements);
      finish();
      return;
    }
    let done = 0;
    // One batch over every chunk: nothing is styled or drawn until the last one is in, so each
    // chunk costs the same instead of redrawing all that came before it.
    const cy = this.cy;
    cy.startBatch();
    const step = () => {
      if (generation !== this.drawGeneration) {
        cy.endBatch();
        return;
      }
      cy.add(elements.slice(done, done + DRAW_CHUNK));
      done = Math.min(elements.length, done + DRAW_CHUNK);
      setDrawProgress({ done, total: elements.length });
      if (done < elements.length) {
        nextChunk();
        return;
      }
      cy.endBatch();
      setDrawProgress(null);
      finish();
    };
    // A frame between chunks paints the progress bar and lets a click on Cancel through.
    const nextChunk = () => requestAnimationFrame(() => setTimeout(step, 0));
    setDrawProgress({ done: 0, total: elements.length });
    nextChunk();
  }

  /** Gives new nodes a spot near what they replace; false when some have none and need a layout. */
  private placeNear(
    nodes: ElementDefinition[],
    before: ReadonlyMap<string, { x: number; y: number }>,
    graph: Graph,
  ): boolean {
    if (nodes.length === 0) return true;
    const aggregateOfNode = aggregateOfNodeOf(graph);
    const membersAround = new Map<string, number>();
    let all = true;
    for (const element of nodes) {
      const id = element.data.id ?? '';
      const centre = element.data.aggregate
        ? this.centroidOfMembers(id, before, aggregateOfNode)
        : before.get(aggregateOfNode.get(id) ?? '');
      if (!centre) {
        all = false;
        continue;
      }
      const key = element.data.aggregate ? id : (aggregateOfNode.get(id) ?? '');
      const index = membersAround.get(key) ?? 0;
      membersAround.set(key, index + 1);
      const angle = index * 2.399963;
      const radius = element.data.aggregate ? 0 : 40 + 30 * Math.sqrt(index);
      // The nodes are added after this: their definitions carry the spot.
      element.position = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    }
    return all;
  }

  private centroidOfMembers(
    aggregateId: string,
    before: ReadonlyMap<string, { x: number; y: number }>,
    aggregateOfNode: ReadonlyMap<string, string>,
  ): { x: number; y: number } | undefined {
    let x = 0;
    let y = 0;
    let count = 0;
    for (const [id, position] of before) {
      if (aggregateOfNode.get(id) !== aggregateId) continue;
      x += position.x;
      y += position.y;
      count += 1;
    }
    return count === 0 ? undefined : { x: x / count, y: y / count };
  }

  /** Restyles only when the policy changes: a new stylesheet makes cytoscape recompute every element's style. */
  private updateStylePolicy(): void {
    const policy: StylePolicy = {
      labels: labelsFor(this.shown.size + this.edgeLayer.size),
      // Projector type: readable from a few metres.
      textScale: this.store.getState().presenting ? 1.6 : 1,
    };
    const same = (Object.keys(policy) as (keyof StylePolicy)[]).every(
      (key) => policy[key] === this.stylePolicy[key],
    );
    if (same) return;
    this.stylePolicy = policy;
    this.cy.style(buildStylesheet(policy));
  }

  private showSelection(): void {
    const { selected } = this.store.getState();
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selected) this.cy.getElementById(selected).select();
    });
  }

  private showFilters(): void {
    const { graph, filters } = this.store.getState();
    // Drawn with the filters applied, whether by classes here or by a view built from them.
    this.cy.one('render', () => mark(PERF_MARKS.filtersDrawn));
    if (this.mode !== 'all') {
      // Only elements that pass the filters are drawn: nothing to hide or fade.
      this.cy.$('.filtered-out, .filter-faded').removeClass('filtered-out filter-faded');
      this.updateEdgeLooks();
      return;
    }
    const visible = visibleOf(graph, filters);
    const hiddenClass = filters.mode === 'hide' ? 'filtered-out' : 'filter-faded';
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const shown = visible.nodeIds.has(element.id()) || visible.edgeIds.has(element.id());
        // Only elements whose state changes are touched: every class change costs a style update.
        const other = hiddenClass === 'filtered-out' ? 'filter-faded' : 'filtered-out';
        if (element.hasClass(other)) element.removeClass(other);
        if (shown === element.hasClass(hiddenClass)) element.toggleClass(hiddenClass, !shown);
      });
    });
    this.updateEdgeLooks();
  }

  private showLegendHighlight(): void {
    const { legendHighlight } = this.store.getState();
    this.cy.batch(() => {
      this.cy.$('.legend-faded').removeClass('legend-faded');
      if (!legendHighlight) return;
      const matches = matchesHighlight(this.cy, legendHighlight, this.edgeLayer.drawnEdges);
      this.cy.elements().difference(matches).addClass('legend-faded');
    });
    this.updateEdgeLooks();
  }

  private showDecorations(): void {
    const { decorations } = this.store.getState();
    const { cy } = this;
    cy.batch(() => {
      cy.$('.decorated, .decoration-faded').removeClass('decorated decoration-faded');
      cy.$('.restyled').removeStyle('background-color width height').removeClass('restyled');
      if (!decorations) return;
      const highlighted = cy.collection();
      for (const id of [...decorations.highlightNodes, ...decorations.highlightEdges])
        highlighted.merge(cy.getElementById(id));
      highlighted.addClass('decorated');
      if (decorations.fadeOthers && highlighted.nonempty())
        cy.elements().difference(highlighted).addClass('decoration-faded');
      for (const [id, colour] of decorations.nodeColor ?? [])
        cy.getElementById(id).style('background-color', colour).addClass('restyled');
      for (const [id, factor] of decorations.nodeScale ?? []) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        node
          .style({
            width: (node.data('width') as number) * factor,
            height: (node.data('height') as number) * factor,
          })
          .addClass('restyled');
      }
    });
    this.updateEdgeLooks();
  }

  /** Fading thousands of elements on every hover would stall a big map: there only the neighbourhood stands out. */
  private fadesOnHover(): boolean {
    return this.shown.size + this.edgeLayer.size <= HOVER_FADE_LIMIT;
  }

  private showHover(node: NodeSingular | null): void {
    if (this.edgeLayer.size > 0 && !this.fadesOnHover()) {
      // A big map: the edge layer's own overlay shows the neighbourhood; nothing in cytoscape is restyled.
      this.edgeLayer.setHighlight(node?.id() ?? null, (node?.data('label') as string | undefined) ?? '');
      return;
    }
    this.hovered = node?.id() ?? null;
    this.updateEdgeLooks();
    this.cy.batch(() => {
      this.cy.$('.faded, .emphasis').removeClass('faded emphasis');
      if (!node) return;
      const bulkNeighbours = this.cy.collection();
      for (const id of this.edgeLayer.neighboursOf(node.id()))
        bulkNeighbours.merge(this.cy.getElementById(id));
      const neighbourhood = node.closedNeighborhood().union(bulkNeighbours);
      if (this.fadesOnHover()) this.cy.elements().difference(neighbourhood).addClass('faded');
      neighbourhood.addClass('emphasis');
    });
  }

  /** How each edge on the EdgeLayer looks, from the same state the element classes come from. */
  private updateEdgeLooks(): void {
    if (this.edgeLayer.size === 0) return;
    const { graph, filters, legendHighlight, decorations } = this.store.getState();
    // Only the whole graph is drawn with filtered elements in it; partial views hold only what passes.
    const visible = this.mode === 'all' ? visibleOf(graph, filters) : null;
    const filteredLook: EdgeLook = filters.mode === 'hide' ? 'hidden' : 'faded';
    const members = this.lastPlan?.members ?? null;
    const decorated = new Set(decorations?.highlightEdges ?? []);
    const fadeUndecorated =
      Boolean(decorations?.fadeOthers) &&
      (decorated.size > 0 || (decorations?.highlightNodes.length ?? 0) > 0);
    const { hovered } = this;
    const fadeUnhovered = hovered !== null && this.fadesOnHover();
    this.edgeLayer.setLook((edge) => {
      if (members && !(members.has(edge.source) && members.has(edge.target))) return 'hidden';
      if (visible && !visible.edgeIds.has(edge.id)) return filteredLook;
      if (
        decorated.has(edge.id) ||
        (hovered !== null && (edge.source === hovered || edge.target === hovered))
      )
        return 'emphasis';
      if (fadeUndecorated || fadeUnhovered) return 'faded';
      if (legendHighlight)
        return legendHighlight.kind === 'relation' && edge.relation === legendHighlight.value
          ? 'normal'
          : 'faded';
      return 'normal';
    });
  }

  private runLayout(dataChanged = false): void {
    const state = this.store.getState();
    const view: LayoutView = { layout: state.layout, selected: state.selected, depth: state.depth };
    if (!dataChanged && this.laidOut && !layoutMoves(this.laidOut, view)) return;
    this.laidOut = view;
    this.cancelWorkerLayout();
    mark(PERF_MARKS.layoutStart);
    const plan = planLayout(state.layout, {
      cy: this.cy,
      graph: state.graph,
      adjacency: adjacencyOf(state.graph),
      selected: state.selected,
      depth: state.depth,
      // Partial views change with every filter and drill-down: only the whole graph's layout is worth keeping.
      overviewCache: this.mode === 'all' ? this.overviewCache : new Map(),
      aggregated: this.mode === 'aggregated',
    });
    mark(PERF_MARKS.layoutEnd);
    this.lastPlan = plan;
    this.showLanes();
    const { cy } = this;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const outside = plan.members !== null && !plan.members.has(node.id());
        if (outside !== node.hasClass('outside-layout')) node.toggleClass('outside-layout', outside);
      });
    });
    this.updateEdgeLooks();
    // The nodes stay where they are until the worker's positions arrive.
    if (plan.wantsWorkerLayout) this.startWorkerLayout();
    else this.moveTo(plan.positions, !dataChanged);
  }

  private moveTo(positions: Positions, animate: boolean): void {
    // An aggregate goes where the segment or chain it stands for would be.
    const target = (node: NodeSingular) =>
      positions.get(node.id()) ?? positions.get(node.data('anchor') as string);
    const laidOut = this.cy.nodes().filter((node) => target(node) !== undefined);
    const cameraRequestsBefore = this.cameraRequests;
    const animated = animate && laidOut.length <= ANIMATED_NODE_LIMIT;
    // Our own fit, not the layout's: it keeps clear of the toolbar and measures no labels.
    const camera = this.fitViewport(undefined, (node) => target(node) ?? node.position());
    const layout = laidOut.layout({
      name: 'preset',
      positions: (node: NodeSingular) => target(node) ?? node.position(),
      animate: animated,
      animationDuration: ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
      fit: false,
    } as cytoscape.LayoutOptions);
    // A camera asked for while this layout ran (a presentation restoring the view) wins over its fit.
    layout.one('layoutstop', () => {
      if (this.cameraRequests !== cameraRequestsBefore && this.requestedCamera)
        this.cy.stop(true).viewport(this.requestedCamera);
    });
    layout.run();
    if (animated) this.cy.animate(camera, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
    else this.cy.viewport(camera);
  }

  /** ForceAtlas2 in a worker for a map too big for fcose; the drawn nodes move once it is done. */
  private startWorkerLayout(): void {
    const { graph, setLayoutProgress } = this.store.getState();
    const nodes = this.cy.nodes().map((node) => ({ id: node.id(), ...node.position() }));
    const edges =
      this.edgeLayer.size > 0
        ? this.edgeLayer.drawnEdges
        : this.cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
    const run = runWorkerLayout(graph, nodes, edges, { onProgress: setLayoutProgress });
    this.workerLayout = run;
    void run.positions.then((positions) => {
      // Cancelled, or another layout or view took its place.
      if (this.workerLayout !== run) return;
      this.workerLayout = null;
      setLayoutProgress(null);
      if (positions) this.moveTo(withPinned(positions, graph), true);
    });
  }

  private cancelWorkerLayout(): void {
    const run = this.workerLayout;
    if (!run) return;
    this.workerLayout = null;
    run.cancel();
    this.store.getState().setLayoutProgress(null);
  }

  private showLanes(): void {
    const { graph, lang } = this.store.getState();
    const nodesById = nodesByIdOf(graph);
    this.laneOverlay.show(this.lastPlan?.lanes ?? null, {
      chainName: (chainId) => nodesById.get(chainId)?.name ?? chainId,
      section: (section) =>
        section === 'chain'
          ? translate(lang, 'lanes.chain')
          : section === 'support'
            ? translate(lang, 'lanes.support')
            : translateValue(lang, 'stage', section),
      bin: translate(lang, 'lanes.bin'),
    });
  }

  /** Lane names and column heads are drawn outside the nodes' box: chain lanes need more room. */
  private fitPadding(): number {
    return this.lastPlan?.lanes ? LANES_FIT_PADDING : FIT_PADDING;
  }

  /** Brings the drawn nodes into view; only those of one group when it has just been opened. */
  private fit(group: string | null = null): void {
    const groupOf = aggregateOfNodeOf(this.store.getState().graph);
    const members = group === null ? undefined : (node: NodeSingular) => groupOf.get(node.id()) === group;
    this.cy.animate(this.fitViewport(members), { duration: ANIMATION_MS });
  }

  /** A wheel or pinch step: once the gesture is over, a group zoomed in on far enough opens. */
  private zoomGesture(pointer: { x: number; y: number }): void {
    const zoomBefore = this.gesture?.zoomBefore ?? this.cy.zoom();
    if (this.gesture) clearTimeout(this.gesture.timer);
    const timer = setTimeout(() => {
      this.gesture = null;
      if (this.cy.zoom() > zoomBefore) this.drillAt(pointer);
    }, DRILL_SETTLE_MS);
    this.gesture = { zoomBefore, timer };
  }

  /** Opens the group under the pointer when it fills enough of the screen. */
  private drillAt(pointer: { x: number; y: number }): void {
    if (this.mode !== 'aggregated') return;
    const { cy } = this;
    const wideEnough = DRILL_SCREEN_SHARE * Math.min(cy.width(), cy.height());
    const group = cy.nodes('[?aggregate]').filter((node) => {
      const { x, y } = node.position();
      const radius = (node.data('width') as number) / 2;
      return 2 * radius * cy.zoom() >= wideEnough && Math.hypot(pointer.x - x, pointer.y - y) <= radius;
    });
    if (group.nonempty()) this.store.getState().openGroup(group.first().id());
  }

  /**
   * The camera that shows every drawn node, from their positions and sizes. cytoscape's own fit
   * would first style every element and measure every label, the bulk of a filter change's time.
   */
  private fitViewport(
    only?: (node: NodeSingular) => boolean,
    positionOf = (node: NodeSingular) => node.position(),
  ): Camera {
    const { cy } = this;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    cy.nodes().forEach((node: NodeSingular) => {
      if (node.hasClass('filtered-out') || node.hasClass('outside-layout') || (only && !only(node))) return;
      const { x, y } = positionOf(node);
      const radius = Math.max(node.data('width') as number, node.data('height') as number) / 2 || 0;
      x1 = Math.min(x1, x - radius);
      y1 = Math.min(y1, y - radius);
      x2 = Math.max(x2, x + radius);
      y2 = Math.max(y2, y + radius);
    });
    if (x1 > x2) return only ? this.fitViewport(undefined, positionOf) : this.camera();
    const padding = this.fitPadding();
    // The toolbar and the level-of-detail box float over the top of the map.
    const top = padding + TOOLBAR_HEIGHT;
    const width = cy.width() - 2 * padding;
    const height = cy.height() - top - padding;
    const fitted = Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1));
    const zoom = Math.min(FIT_MAX_ZOOM, Math.max(cy.minZoom(), fitted));
    return {
      zoom,
      pan: { x: padding + (width - zoom * (x1 + x2)) / 2, y: top + (height - zoom * (y1 + y2)) / 2 },
    };
  }

  private focusSelection(): void {
    const state = this.store.getState();
    const { selected } = state;
    if (!selected) return;
    const node = this.cy.getElementById(selected);
    if (node.empty()) {
      // A search hit inside a closed aggregate: open it, then focus once it is drawn.
      const holder = this.mode === 'aggregated' ? aggregateOfNodeOf(state.graph).get(selected) : undefined;
      if (holder) {
        this.pendingFocus = selected;
        state.openGroup(holder);
      }
      return;
    }
    this.cy.animate(
      { center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.4) },
      { duration: ANIMATION_MS },
    );
  }

  async png({ scale, full }: PngOptions): Promise<PngResult> {
    const box = full
      ? this.cy.elements(':visible').boundingBox()
      : { w: this.cy.width() / this.cy.zoom(), h: this.cy.height() / this.cy.zoom() };
    const zoom = full ? 1 : this.cy.zoom();
    const width = Math.max(1, box.w * zoom);
    const height = Math.max(1, box.h * zoom);
    const fitted = Math.min(
      scale,
      MAX_CANVAS_SIDE / width,
      MAX_CANVAS_SIDE / height,
      Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
    );
    if (this.edgeLayer.size === 0) {
      const blob = await this.cy.png({ output: 'blob-promise', full, scale: fitted, bg: '#ffffff' });
      return { blob, scale: fitted };
    }
    // cytoscape's picture holds the nodes only: the edges are drawn under it, in the same frame of reference.
    const nodes = await createImageBitmap(await this.cy.png({ output: 'blob-promise', full, scale: fitted }));
    const canvas = document.createElement('canvas');
    canvas.width = nodes.width;
    canvas.height = nodes.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas for the PNG');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // As cytoscape's own export: its scale times the pixel ratio, from the elements' box or the viewport.
    const pixels = fitted * (window.devicePixelRatio || 1);
    const bounds = this.cy.elements().boundingBox();
    const { x, y } = this.cy.pan();
    if (full) context.setTransform(pixels, 0, 0, pixels, -bounds.x1 * pixels, -bounds.y1 * pixels);
    else context.setTransform(pixels * zoom, 0, 0, pixels * zoom, x * pixels, y * pixels);
    this.edgeLayer.drawInto(context, pixels * zoom);
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
  }

  drawnPositions(): Map<string, { x: number; y: number }> {
    const positions = new Map<string, { x: number; y: number }>();
    this.cy.nodes(':visible').forEach((node: NodeSingular) => {
      positions.set(node.id(), { ...node.position() });
    });
    return positions;
  }

  camera(): Camera {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setCamera(camera: Camera | null, animate: boolean): void {
    this.cameraRequests += 1;
    this.requestedCamera = camera;
    const target = camera ?? this.fitViewport();
    this.cy.stop(true);
    if (animate) this.cy.animate(target, { duration: ANIMATION_MS });
    else this.cy.viewport(target);
  }

  private focusPending(): void {
    if (this.pendingFocus === null || this.cy.getElementById(this.pendingFocus).empty()) return;
    this.pendingFocus = null;
    this.showSelection();
    this.focusSelection();
  }

  dispose(): void {
    registerMapHandle(null);
    this.unsubscribe();
    this.cancelWorkerLayout();
    if (this.gesture) clearTimeout(this.gesture.timer);
    this.laneOverlay.dispose();
    this.edgeLayer.dispose();
    this.cy.destroy();
  }
}
