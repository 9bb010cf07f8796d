import cytoscape, { type CytoscapeOptions, type Core, type ElementDefinition, type NodeSingular, type Collection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { StoreApi } from 'zustand';
import type { AppState, LegendHighlight } from '../store';
import { adjacencyOf, visibleOf } from '../store/derived';
import type { Graph } from '../domain/graph/types';
import type { Positions } from '../domain/layout/geometry';
import { changedData, graphElements } from './elements';
import { ALL_LABELS_NODE_LIMIT, buildStylesheet } from './stylesheet';
import { planLayout, type LayoutPlan } from './layouts';
import { chooseRenderer, probeGpu } from './rendererChoice';
import { LaneOverlay } from './LaneOverlay';
import { translate, translateValue } from '../i18n';
import { nodesByIdOf } from '../store/derived';
import { mark, PERF_MARKS } from '../io/perfMarks';
import { registerMapHandle, type Camera, type MapHandle, type PngOptions, type PngResult } from '../io/mapHandle';

cytoscape.use(fcose);

const ANIMATION_MS = 500;
/** Chromium's canvas limits: a side of at most 16,384 px and about 268 million pixels in all; keep well inside. */
const MAX_CANVAS_SIDE = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;
const FIT_PADDING = 72;

const matchesHighlight = (cy: Core, highlight: LegendHighlight): Collection => {
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
      return edges.union(edges.connectedNodes());
    }
  }
};

/**
 * Owns the one long-lived cytoscape instance. It subscribes to the store and applies each change
 * as a diff inside `cy.batch()`; it is never re-created on a filter, selection or language change.
 */
export class MapController implements MapHandle {
  private core: Core;
  private webgl = false;
  private shown = new Map<string, ElementDefinition>();
  private readonly overviewCache = new Map<Graph, Positions>();
  private layoutKey = '';
  private readonly laneOverlay: LaneOverlay;
  private lastPlan: LayoutPlan | null = null;
  private allLabels = true;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: StoreApi<AppState>,
  ) {
    this.laneOverlay = new LaneOverlay(container);
    this.core = this.createCore(false);
    this.unsubscribe = store.subscribe((state, before) => this.follow(state, before));
    this.showGraph(store.getState().graph);
    registerMapHandle(this);
  }

  /** The live cytoscape instance (browser tests and the benchmark read it). */
  get cy(): Core {
    return this.core;
  }

  private createCore(webgl: boolean): Core {
    const options: CytoscapeOptions = {
      container: this.container,
      style: buildStylesheet(this.store.getState().graph.nodes.length),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    };
    // cytoscape's typings predate the WebGL renderer option (3.31).
    const core = cytoscape({ ...options, renderer: { name: 'canvas', webgl } } as CytoscapeOptions);
    this.webgl = webgl;
    this.laneOverlay.attach(core);
    this.listen(core);
    return core;
  }

  /**
   * The renderer is fixed when cytoscape starts, so a dataset that needs the other one gets a
   * new instance: the only time the map is re-created.
   */
  private chooseRenderer(graph: Graph): void {
    const choice = chooseRenderer(graph.nodes.length + graph.edges.length, probeGpu());
    this.store.getState().setRenderer(choice);
    if (choice.webgl === this.webgl) return;
    this.core.destroy();
    this.shown = new Map();
    this.layoutKey = '';
    this.core = this.createCore(choice.webgl);
  }

  private listen(cy: Core): void {
    const { store } = this;
    cy.on('tap', 'node', (event) => store.getState().select((event.target as NodeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) store.getState().select(null);
    });
    cy.on('dbltap', 'node', (event) => {
      store.getState().select((event.target as NodeSingular).id());
      store.getState().setLayout('circle');
    });
    cy.on('mouseover', 'node', (event) => this.showHover(event.target as NodeSingular));
    cy.on('mouseout', 'node', () => this.showHover(null));
    // A dragged node stays where it is put, and the position goes into the data (Preset, export).
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      store.getState().savePositions(new Map([[node.id(), { ...node.position() }]]));
    });
  }

  private follow(state: AppState, before: AppState): void {
    if (state.graph !== before.graph) this.showGraph(state.graph);
    if (state.selected !== before.selected) this.showSelection();
    if (state.graph !== before.graph || state.filters !== before.filters) this.showFilters();
    if (state.legendHighlight !== before.legendHighlight) this.showLegendHighlight();
    if (state.layout !== before.layout || state.depth !== before.depth || (state.layout === 'circle' && state.selected !== before.selected)) {
      this.runLayout();
    }
    if (state.lang !== before.lang) this.showLanes();
    if (state.decorations !== before.decorations) this.showDecorations();
    if (state.fitRequest !== before.fitRequest) this.fit();
    if (state.focusRequest !== before.focusRequest) this.focusSelection();
  }

  private showGraph(graph: Graph): void {
    this.chooseRenderer(graph);
    const next = graphElements(graph);
    const { cy } = this;
    const added: ElementDefinition[] = [];
    let removed = false;
    cy.batch(() => {
      for (const id of this.shown.keys()) {
        if (!next.has(id)) {
          cy.getElementById(id).remove();
          removed = true;
        }
      }
      for (const [id, element] of next) {
        const before = this.shown.get(id);
        if (!before) {
          added.push(element);
          continue;
        }
        const changed = changedData(before.data, element.data);
        if (changed) cy.getElementById(id).data(changed);
      }
      // Nodes before edges: cytoscape rejects an edge whose endpoint is not there yet.
      cy.add(added.filter((element) => element.group === 'nodes'));
      cy.add(added.filter((element) => element.group === 'edges'));
    });
    this.shown = next;
    const allLabels = graph.nodes.length <= ALL_LABELS_NODE_LIMIT;
    if (allLabels !== this.allLabels) {
      this.allLabels = allLabels;
      this.cy.style(buildStylesheet(graph.nodes.length));
    }
    this.showSelection();
    this.showFilters();
    this.showLegendHighlight();
    this.showDecorations();
    if (added.length > 0 || removed) this.runLayout(true);
    this.cy.one('render', () => mark(PERF_MARKS.graphDrawn));
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
    const visible = visibleOf(graph, filters);
    const hiddenClass = filters.mode === 'hide' ? 'filtered-out' : 'filter-faded';
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const shown = visible.nodeIds.has(element.id()) || visible.edgeIds.has(element.id());
        element.removeClass('filtered-out filter-faded');
        if (!shown) element.addClass(hiddenClass);
      });
    });
    this.cy.one('render', () => mark(PERF_MARKS.filtersDrawn));
  }

  private showLegendHighlight(): void {
    const { legendHighlight } = this.store.getState();
    this.cy.batch(() => {
      this.cy.elements().removeClass('legend-faded');
      if (!legendHighlight) return;
      const matches = matchesHighlight(this.cy, legendHighlight);
      this.cy.elements().difference(matches).addClass('legend-faded');
    });
  }

  private showDecorations(): void {
    const { decorations } = this.store.getState();
    const { cy } = this;
    cy.batch(() => {
      cy.elements().removeClass('decorated decoration-faded');
      cy.nodes().removeStyle('background-color width height');
      if (!decorations) return;
      const highlighted = cy.collection();
      for (const id of [...decorations.highlightNodes, ...decorations.highlightEdges]) highlighted.merge(cy.getElementById(id));
      highlighted.addClass('decorated');
      if (decorations.fadeOthers && highlighted.nonempty()) cy.elements().difference(highlighted).addClass('decoration-faded');
      for (const [id, colour] of decorations.nodeColor ?? []) cy.getElementById(id).style('background-color', colour);
      for (const [id, factor] of decorations.nodeScale ?? []) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        node.style({ width: (node.data('width') as number) * factor, height: (node.data('height') as number) * factor });
      }
    });
  }

  private showHover(node: NodeSingular | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded emphasis');
      if (!node) return;
      const neighbourhood = node.closedNeighborhood();
      this.cy.elements().difference(neighbourhood).addClass('faded');
      neighbourhood.addClass('emphasis');
    });
  }

  private runLayout(dataChanged = false): void {
    const state = this.store.getState();
    const key = `${state.layout}|${state.layout === 'circle' ? `${state.selected ?? ''}|${state.depth}` : ''}`;
    if (!dataChanged && key === this.layoutKey) return;
    this.layoutKey = key;
    mark(PERF_MARKS.layoutStart);
    const plan = planLayout(state.layout, {
      cy: this.cy,
      graph: state.graph,
      adjacency: adjacencyOf(state.graph),
      selected: state.selected,
      depth: state.depth,
      overviewCache: this.overviewCache,
    });
    mark(PERF_MARKS.layoutEnd);
    this.lastPlan = plan;
    this.showLanes();
    const { cy } = this;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('outside-layout', plan.members !== null && !plan.members.has(node.id()));
      });
    });
    const laidOut = cy.nodes().filter((node) => plan.positions.has(node.id()));
    laidOut
      .layout({
        name: 'preset',
        positions: (node: NodeSingular) => plan.positions.get(node.id()) ?? node.position(),
        animate: !dataChanged,
        animationDuration: ANIMATION_MS,
        animationEasing: 'ease-in-out-cubic',
        fit: true,
        padding: FIT_PADDING,
      } as cytoscape.LayoutOptions)
      .run();
  }

  private showLanes(): void {
    const { graph, lang } = this.store.getState();
    const nodesById = nodesByIdOf(graph);
    this.laneOverlay.show(this.lastPlan?.lanes ?? null, {
      chainName: (chainId) => nodesById.get(chainId)?.name ?? chainId,
      section: (section) =>
        section === 'chain' ? translate(lang, 'lanes.chain') : section === 'support' ? translate(lang, 'lanes.support') : translateValue(lang, 'stage', section),
      bin: translate(lang, 'lanes.bin'),
    });
  }

  private fit(): void {
    const shown = this.cy.elements(':visible');
    this.cy.animate({ fit: { eles: shown.length > 0 ? shown : this.cy.elements(), padding: FIT_PADDING } }, { duration: ANIMATION_MS });
  }

  private focusSelection(): void {
    const { selected } = this.store.getState();
    if (!selected) return;
    const node = this.cy.getElementById(selected);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.4) }, { duration: ANIMATION_MS });
  }

  async png({ scale, full }: PngOptions): Promise<PngResult> {
    const box = full ? this.cy.elements(':visible').boundingBox() : { w: this.cy.width() / this.cy.zoom(), h: this.cy.height() / this.cy.zoom() };
    const zoom = full ? 1 : this.cy.zoom();
    const width = Math.max(1, box.w * zoom);
    const height = Math.max(1, box.h * zoom);
    const fitted = Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
    const blob = await this.cy.png({ output: 'blob-promise', full, scale: fitted, bg: '#ffffff' });
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
    const target = camera ?? { fit: { eles: this.cy.elements(':visible'), padding: FIT_PADDING } };
    this.cy.stop(true);
    if (animate) this.cy.animate(target, { duration: ANIMATION_MS });
    else if (camera) this.cy.viewport(camera);
    else this.cy.fit(this.cy.elements(':visible'), FIT_PADDING);
  }

  dispose(): void {
    registerMapHandle(null);
    this.unsubscribe();
    this.laneOverlay.dispose();
    this.cy.destroy();
  }
}
