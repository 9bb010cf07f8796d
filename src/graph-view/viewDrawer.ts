import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { placeNewNodes, type Point } from '../domain/layout';
import type { EdgeLayer } from './EdgeLayer';
import { changedData } from './elements';
import type { NodeLayer } from './NodeLayer';
import type { LayerNode } from './nodeLooks';
import type { ViewElements } from './viewElements';

/** Each node's group, and for a ghost the node it starts next to: new nodes start around either. */
const withNear = (
  groupOf: ReadonlyMap<string, string>,
  near: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> => (near.size === 0 ? groupOf : new Map([...groupOf, ...near]));

/** A node not drawn before, and how to put it at its starting spot (in its element or on the layer). */
interface NewNode {
  id: string;
  group: boolean;
  set: (spot: Point) => void;
}

const moveLayerNode = (node: LayerNode, spot: Point): void => {
  node.x = spot.x;
  node.y = spot.y;
};

/** How the drawer starts new nodes (see draw). */
interface Placement {
  fresh: boolean;
  groupOf: () => ReadonlyMap<string, string>;
}

/** Past this many nodes on the node layer a view is drawn in the task after the one that built it. */
const DEFERRED_NODES = 5000;

/** Elements added per frame when a big view is drawn, so the page stays responsive. */
const DRAW_CHUNK = 8000;

export interface DrawProgress {
  done: number;
  total: number;
}

/** What a draw changed, for deciding whether the map needs a layout or a fit. */
export interface DrawnChange {
  addedNodes: number;
  removed: number;
  /** Every new node started near what it replaced, so no layout is needed. */
  placed: boolean;
}

export interface ViewDrawerCallbacks {
  cy: () => Core;
  edgeLayer: EdgeLayer;
  nodeLayer: NodeLayer;
  /** A big view's drawing progress; null when it is done or abandoned. */
  onProgress: (progress: DrawProgress | null) => void;
  /** The diff is known and the edge layer holds the new edges; `added` new elements go in next. */
  beforeAdding: (added: number) => void;
}

/**
 * What is drawn: applies the difference between the drawn elements and a new view inside one
 * batch, starting new nodes near what they replace, and adds a big view in chunks between frames.
 */
export class ViewDrawer {
  private shown = new Map<string, ElementDefinition>();
  /** Bumped to abandon a chunked draw in progress. */
  private generation = 0;
  private chunking = false;

  constructor(private readonly callbacks: ViewDrawerCallbacks) {}

  /** Elements drawn by cytoscape now. */
  get size(): number {
    return this.shown.size;
  }

  /** Cytoscape was re-created empty. */
  reset(): void {
    this.shown = new Map();
  }

  /**
   * Draws `view`. Unless `fresh` (a new dataset, which gets a layout), new nodes start where their
   * group was (drilling in) or where their members were (closing one), so the picture does not jump.
   */
  draw(view: ViewElements, placement: Placement, finish: (change: DrawnChange) => void): void {
    if (view.layerNodes.length <= DEFERRED_NODES) {
      this.drawNow(view, placement, finish);
      return;
    }
    // Built in this task (Show all at 50,000 nodes: ~200 ms), handed to the layers in the next, unless another draw came first.
    const generation = ++this.generation;
    setTimeout(() => {
      if (generation === this.generation) this.drawNow(view, placement, finish);
    }, 0);
  }

  private drawNow(view: ViewElements, placement: Placement, finish: (change: DrawnChange) => void): void {
    const cy = this.callbacks.cy();
    const { nodeLayer } = this.callbacks;
    const { elements: next, bulkEdges, layerNodes } = view;
    if (this.chunking) {
      // A chunked draw was cut short by this view: count only what got drawn.
      this.chunking = false;
      this.shown = new Map([...this.shown].filter(([id]) => cy.getElementById(id).nonempty()));
      this.callbacks.onProgress(null);
    }
    // Where every drawn node stands, in cytoscape or on the node layer.
    const before = new Map<string, Point>();
    cy.nodes().forEach((node: NodeSingular) => {
      before.set(node.id(), { ...node.position() });
    });
    for (const node of nodeLayer.all()) before.set(node.id, { x: node.x, y: node.y });
    const wasDrawn = (id: string) => this.shown.has(id) || nodeLayer.get(id) !== undefined;
    // A layered view's nodes are all on the node layer (and its edges on the edge layer): its elements are empty.
    const onLayer = new Set(layerNodes.map((node) => node.id));
    const inView = (id: string) => next.has(id) || onLayer.has(id);
    const added: ElementDefinition[] = [];
    let removed = 0;
    cy.batch(() => {
      // Removed in one call: one by one, each removal went through cytoscape's whole element list
      // (100+ ms for the groups a filter change replaces, on a busy machine).
      const gone = cy.collection();
      for (const id of this.shown.keys()) {
        if (next.has(id)) continue;
        gone.merge(cy.getElementById(id));
        if (!inView(id)) removed += 1;
      }
      gone.remove();
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
    for (const node of nodeLayer.all()) if (!inView(node.id)) removed += 1;
    // A node moving between cytoscape and the layer keeps its spot; a new one starts near what it replaces.
    const spotOf = (id: string) => (placement.fresh ? undefined : before.get(id));
    const newNodes: NewNode[] = [];
    for (const element of added) {
      const id = element.data.id ?? '';
      if (element.group !== 'nodes') continue;
      const spot = spotOf(id);
      if (spot) element.position = { ...spot };
      else if (!wasDrawn(id))
        newNodes.push({ id, group: Boolean(element.data.isGroup), set: (at) => (element.position = at) });
    }
    for (const node of layerNodes) {
      const spot = spotOf(node.id);
      if (spot) moveLayerNode(node, spot);
      else if (!wasDrawn(node.id))
        newNodes.push({ id: node.id, group: false, set: (at) => moveLayerNode(node, at) });
    }
    const placed =
      !placement.fresh && this.place(newNodes, before, () => withNear(placement.groupOf(), view.near));
    this.shown = next;
    nodeLayer.setNodes(layerNodes);
    this.callbacks.edgeLayer.setEdges(bulkEdges);
    this.callbacks.beforeAdding(added.length);
    const change = { addedNodes: newNodes.length, removed, placed };
    this.add(
      added.filter((element) => element.group === 'nodes'),
      added.filter((element) => element.group === 'edges'),
      () => finish(change),
    );
  }

  /** Gives new nodes a spot near what they replace; false when some have none and need a layout. */
  private place(
    nodes: NewNode[],
    before: ReadonlyMap<string, Point>,
    groupOf: () => ReadonlyMap<string, string>,
  ): boolean {
    if (nodes.length === 0) return true;
    const { positions, complete } = placeNewNodes(nodes, before, groupOf());
    // The nodes are drawn after this: they start at the spot.
    for (const node of nodes) {
      const position = positions.get(node.id);
      if (position) node.set(position);
    }
    return complete;
  }

  /**
   * Adds elements, nodes before edges (cytoscape rejects an edge whose endpoint is missing). A big
   * batch goes in chunks between frames with a progress bar, and is abandoned by the next draw.
   */
  private add(nodes: ElementDefinition[], edges: ElementDefinition[], finish: () => void): void {
    const elements = [...nodes, ...edges];
    const generation = ++this.generation;
    const cy = this.callbacks.cy();
    if (elements.length <= DRAW_CHUNK) {
      cy.add(elements);
      finish();
      return;
    }
    const { onProgress } = this.callbacks;
    let done = 0;
    // One batch over every chunk: nothing is styled or drawn until the last one is in, so each
    // chunk costs the same instead of redrawing all that came before it.
    cy.startBatch();
    const step = () => {
      if (generation !== this.generation) {
        // Abandoned by the next draw, or by the map going away with its cytoscape instance.
        if (!cy.destroyed()) cy.endBatch();
        return;
      }
      cy.add(elements.slice(done, done + DRAW_CHUNK));
      done = Math.min(elements.length, done + DRAW_CHUNK);
      onProgress({ done, total: elements.length });
      if (done < elements.length) {
        nextChunk();
        return;
      }
      this.chunking = false;
      cy.endBatch();
      onProgress(null);
      finish();
    };
    // A frame between chunks paints the progress bar and lets a click on Cancel through.
    const nextChunk = () => requestAnimationFrame(() => setTimeout(step, 0));
    this.chunking = true;
    onProgress({ done: 0, total: elements.length });
    nextChunk();
  }

  /** Abandons a chunked draw in progress. */
  dispose(): void {
    this.generation += 1;
  }
}
