import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { Graph } from '../domain/graph/types';
import {
  layoutMoves,
  overviewLayout,
  sunflowerPoint,
  withPinned,
  type Camera,
  type LayoutView,
  type Point,
  type Positions,
} from '../domain/layout';
import { mark, PERF_MARKS } from '../io/perfMarks';
import { runLayout as runWorkerLayout, type LayoutRun } from '../io/runLayout';
import type { AppState } from '../store';
import { adjacencyOf, fullDetailPositionsOf, type DrawMode } from '../store/derived';
import type { EdgeLayer } from './EdgeLayer';
import type { NodeLayer } from './NodeLayer';
import { loadFcose } from './fcose';
import { FCOSE_NODE_LIMIT, planLayout, type LayoutPlan } from './layouts';
import { ANIMATION_MS, moveCamera } from './cameraControl';
import { motionReduced } from '../io/motion';

/**
 * Spots for the removed nodes' ghosts a plan leaves out (it plans the map's nodes): around the
 * neighbour each was tied to, where the plan puts that one.
 */
const ghostSpots = (cy: Core, positions: Positions): Map<string, Point> => {
  const spots = new Map<string, Point>();
  const around = new Map<string, number>();
  cy.nodes('[change = "removed"]').forEach((ghost: NodeSingular) => {
    if (positions.has(ghost.id())) return;
    const neighbour = ghost
      .neighborhood('node')
      .filter((node) => positions.has(node.id()))
      .first();
    const centre = neighbour.nonempty() ? positions.get(neighbour.id()) : undefined;
    if (!centre) return;
    const index = around.get(neighbour.id()) ?? 0;
    around.set(neighbour.id(), index + 1);
    spots.set(ghost.id(), sunflowerPoint(centre, index));
  });
  return spots;
};

/** Moving more nodes than this in an animation would draw a handful of slow frames: they jump. */
const ANIMATED_NODE_LIMIT = 2000;

/** The store fields a layout is planned from. */
export type LayoutRunInput = Pick<AppState, 'graph' | 'layout' | 'selected' | 'depth'>;

export interface LayoutRunnerCallbacks {
  cy: () => Core;
  edgeLayer: EdgeLayer;
  /** A big view's nodes: moved at once to their spots (thousands of nodes would not animate smoothly). */
  nodeLayer: NodeLayer;
  input: () => LayoutRunInput;
  mode: () => DrawMode;
  /** Pixels of the map's top edge under its controls, now. */
  coveredTop: () => number;
  /** The plan is known (before any node moves): the members, the lanes. */
  onPlanned: (plan: LayoutPlan) => void;
  /** A big map's layout progress in the worker; null once it is over, whichever way. */
  onProgress: (progress: { done: number; total: number } | null) => void;
  /** The camera that fits the nodes once they stand where `positionOf` says. */
  fitFor: (positionOf: (node: NodeSingular) => { x: number; y: number }) => Camera;
  /** From now on: the camera asked for from outside since, if any (it wins over the layout's fit). */
  watchCamera: () => () => Camera | null;
}

/**
 * Lays the drawn nodes out: the registry's plan or the force-directed one (fcose on the main thread,
 * ForceAtlas2 in a worker for a big map), then moves the nodes there, animated when few, and fits.
 */
export class LayoutRunner {
  /** The whole graph's force-directed layout, kept per graph. */
  private readonly overviewCache = new Map<Graph, Positions>();
  /** What the drawn layout was planned for; null: nothing laid out on this cytoscape instance yet. */
  private laidOut: LayoutView | null = null;
  private lastPlan: LayoutPlan | null = null;
  /** A big map's layout running in the worker, until its positions are drawn. */
  private workerLayout: LayoutRun | null = null;
  /** A small map's overview waiting for fcose to load; another view or layout takes its place. */
  private fcoseWait: object | null = null;
  /** Worker layouts and fcose waits started, and those over (cancelled, replaced, or their nodes moved and still). */
  private readonly workerRuns = { started: 0, settled: 0 };

  constructor(private readonly callbacks: LayoutRunnerCallbacks) {}

  get plan(): LayoutPlan | null {
    return this.lastPlan;
  }

  /** Browser tests wait on these instead of on time: started === settled means the map holds still. */
  get workerRunCounts(): { started: number; settled: number } {
    return { ...this.workerRuns };
  }

  /** Cytoscape was re-created empty. */
  reset(): void {
    this.laidOut = null;
  }

  /** The overview laid out for a graph stays valid for the same graph with some nodes moved by hand. */
  carryOverview(before: Graph, after: Graph): void {
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
   * Lays the map out when the layout, or what it centres on, changed since the last time; always
   * when the drawn elements changed (`dataChanged`), which also moves the nodes without animation.
   */
  run(dataChanged = false): void {
    const { layout, selected, depth } = this.callbacks.input();
    const view: LayoutView = { layout, selected, depth };
    if (!dataChanged && this.laidOut && !layoutMoves(this.laidOut, view)) return;
    this.laidOut = view;
    this.cancel();
    const plan = this.planNow();
    this.moveTo(plan.positions, !dataChanged);
    if (plan.awaitsFcose) this.awaitFcose();
  }

  /** The layout the inputs ask for, planned now; the map is told of it before any node moves. */
  private planNow(): LayoutPlan {
    const { graph, layout, selected, depth } = this.callbacks.input();
    const mode = this.callbacks.mode();
    mark(PERF_MARKS.layoutStart);
    const plan = planLayout(layout, {
      cy: this.callbacks.cy(),
      graph,
      adjacency: adjacencyOf(graph),
      selected,
      depth,
      // Partial views change with every filter and drill-down: only the whole graph's layout is worth keeping.
      overviewCache: mode === 'all' ? this.overviewCache : new Map(),
      grouped: mode === 'grouped',
      layerNodes: this.callbacks.nodeLayer.all(),
      coveredTop: this.callbacks.coveredTop(),
    });
    mark(PERF_MARKS.layoutEnd);
    this.lastPlan = plan;
    this.callbacks.onPlanned(plan);
    return plan;
  }

  /**
   * The overview waits for fcose as a big map's waits for its worker: counted as a layout running,
   * cancelled by another view, and once fcose is in, planned again and the nodes moved there once.
   */
  private awaitFcose(): void {
    const wait = {};
    this.fcoseWait = wait;
    this.workerRuns.started += 1;
    const settle = () => {
      this.workerRuns.settled += 1;
    };
    // A failed load leaves the stand-in positions: the map stays usable, and the next layout tries again.
    void loadFcose()
      .catch(() => undefined)
      .then(() => {
        if (this.fcoseWait !== wait) {
          settle();
          return;
        }
        this.fcoseWait = null;
        const plan = this.planNow();
        if (plan.awaitsFcose) settle();
        else this.moveTo(plan.positions, true, settle);
      });
  }

  /**
   * Where the whole map's overview will put its nodes, when that is known before they are drawn
   * (the refined layout kept for this graph, or members around their groups for a big map): the
   * drawer adds them there, so the first full picture is the final one. null otherwise.
   */
  positionsBeforeDrawing(): Positions | null {
    const { graph, layout } = this.callbacks.input();
    if (layout !== overviewLayout.id) return null;
    const planned =
      this.overviewCache.get(graph) ??
      (graph.nodes.length > FCOSE_NODE_LIMIT ? fullDetailPositionsOf(graph) : null);
    return planned && withPinned(planned, graph);
  }

  /**
   * ForceAtlas2 in a worker from where the nodes stand now (the user's "Refine layout"): they stay
   * put while it runs and move once, when it is done. The overview keeps the result for this graph.
   */
  refine(): void {
    this.cancel();
    this.startWorker();
  }

  private moveTo(positions: Positions, animate: boolean, onStill?: () => void): void {
    const cy = this.callbacks.cy();
    const ghosts = ghostSpots(cy, positions);
    // A group goes where the segment or chain it stands for would be; a ghost the plan does not place, next to its neighbour.
    const target = (node: NodeSingular) =>
      positions.get(node.id()) ?? positions.get(node.data('anchor') as string) ?? ghosts.get(node.id());
    // Only the nodes not already there: Show all adds a big map's nodes where its plan puts them.
    const laidOut = cy.nodes().filter((node) => {
      const to = target(node);
      if (!to) return false;
      const at = node.position();
      return at.x !== to.x || at.y !== to.y;
    });
    this.callbacks.nodeLayer.moveNodes((node) => positions.get(node.id));
    const askedSince = this.callbacks.watchCamera();
    const animated = animate && laidOut.length <= ANIMATED_NODE_LIMIT && !motionReduced();
    // Our own fit, not the layout's: it keeps clear of the toolbar and measures no labels.
    const camera = this.callbacks.fitFor((node) => target(node) ?? node.position());
    const still = () => {
      // A camera asked for while this layout ran (a presentation restoring the view) wins over its fit.
      const asked = askedSince();
      if (asked) cy.stop(true).viewport(asked);
      onStill?.();
    };
    if (laidOut.empty()) {
      cy.viewport(camera);
      still();
      return;
    }
    const layout = laidOut.layout({
      name: 'preset',
      positions: (node: NodeSingular) => target(node) ?? node.position(),
      animate: animated,
      animationDuration: ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
      fit: false,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', still);
    layout.run();
    if (animated) moveCamera(cy, camera, 'ease-in-out-cubic');
    else cy.viewport(camera);
  }

  /** ForceAtlas2 in a worker; the drawn nodes move once it is done. */
  private startWorker(): void {
    const { cy, edgeLayer, onProgress } = this.callbacks;
    const core = cy();
    const nodes = core.nodes().map((node) => ({ id: node.id(), ...node.position() }));
    for (const { id, x, y } of this.callbacks.nodeLayer.all()) nodes.push({ id, x, y });
    const edges =
      edgeLayer.size > 0
        ? edgeLayer.drawnEdges
        : core.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
    const { graph } = this.callbacks.input();
    const run = runWorkerLayout(graph, nodes, edges, { onProgress });
    this.workerLayout = run;
    this.workerRuns.started += 1;
    const settle = () => {
      this.workerRuns.settled += 1;
    };
    void run.positions.then((positions) => {
      // Cancelled, or another layout or view took its place.
      if (this.workerLayout !== run || !positions) {
        if (this.workerLayout === run) {
          this.workerLayout = null;
          onProgress(null);
        }
        settle();
        return;
      }
      this.workerLayout = null;
      onProgress(null);
      const refined = withPinned(positions, graph);
      // The whole map's overview, refined: coming back to it (from the lanes, say) finds it again.
      if (this.callbacks.mode() === 'all' && this.callbacks.input().layout === 'overview')
        this.overviewCache.set(graph, refined);
      this.moveTo(refined, true, settle);
    });
  }

  /** Stops a worker layout or an fcose wait (its positions would land on another view). */
  cancel(): void {
    this.fcoseWait = null;
    const run = this.workerLayout;
    if (!run) return;
    this.workerLayout = null;
    run.cancel();
    this.callbacks.onProgress(null);
  }
}
