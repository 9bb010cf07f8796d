import type { Collection, Core } from 'cytoscape';
import { mark, PERF_MARKS } from '../io/perfMarks';
import type { AppState, LegendHighlight } from '../store';
import { visibleOf, type DrawMode } from '../store/derived';
import type { BulkEdge, EdgeLayer } from './EdgeLayer';
import { edgeLookOf } from './edgeLooks';
import type { NodeLayer } from './NodeLayer';
import { matchesLegend, nodeLookOf } from './nodeLooks';

/** Fading thousands of elements on every hover would stall a big map: there only the neighbourhood stands out. */
const HOVER_FADE_LIMIT = 5000;

/** The store fields element classes come from. */
export type ClassInput = Pick<
  AppState,
  'graph' | 'filters' | 'previous' | 'showChanges' | 'selected' | 'tie' | 'legendHighlight' | 'decorations'
>;

export interface ElementClassesCallbacks {
  cy: () => Core;
  edgeLayer: EdgeLayer;
  nodeLayer: NodeLayer;
  /** Calls back once what is drawn now is on the map (cytoscape's render, or the node layer's draw). */
  afterDrawn: (done: () => void) => void;
  input: () => ClassInput;
  mode: () => DrawMode;
  /** Nodes the current layout places; null: all. */
  layoutMembers: () => ReadonlySet<string> | null;
  /** Elements drawn by cytoscape now. */
  drawnElements: () => number;
  /** A segment's members drawn as one group with it (store segmentGroupsOf); none for other nodes. */
  segmentMembers: (id: string) => readonly string[];
}

const matchesHighlight = (
  cy: Core,
  highlight: LegendHighlight,
  bulkEdges: readonly BulkEdge[],
): Collection => {
  if (highlight.kind !== 'relation')
    return cy.nodes().filter((node) =>
      matchesLegend(highlight, {
        id: node.id(),
        type: node.data('type') as string,
        level: node.data('level') as string,
        outside: node.data('outside') === true,
        sectors: (node.data('sectors') as string).split('|').filter(Boolean),
      }),
    );
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
};

/**
 * The classes and styles that say what stands out: the selection, the filters, a legend entry,
 * a panel's decorations, the hovered neighbourhood and the layout's members; and the same looks
 * for the edges on the EdgeLayer. Each show* touches only elements whose state changes.
 */
export class ElementClasses {
  /** The node whose neighbourhood is emphasised under the pointer. */
  private hovered: string | null = null;

  /** The tie the edge layer's looks were last worked out with. */
  private tieShown: string | null = null;

  constructor(private readonly callbacks: ElementClassesCallbacks) {}

  private get cy(): Core {
    return this.callbacks.cy();
  }

  showSelection(): void {
    const { selected, tie } = this.callbacks.input();
    const { cy } = this;
    cy.batch(() => {
      cy.$(':selected').unselect();
      const picked = selected ?? tie;
      if (picked) cy.getElementById(picked).select();
    });
    this.callbacks.nodeLayer.setMarks({ selected });
    // A tie picked on the edge layer is emphasised there: its looks are worked out again only then.
    if (tie !== this.tieShown) {
      this.tieShown = tie;
      this.updateEdgeLooks();
    }
  }

  showFilters(): void {
    const input = this.callbacks.input();
    const { filters } = input;
    const { cy } = this;
    // Drawn with the filters applied, whether by classes here or by a view built from them.
    this.callbacks.afterDrawn(() => mark(PERF_MARKS.filtersDrawn));
    if (this.callbacks.mode() !== 'all') {
      // Only elements that pass the filters are drawn: nothing to hide or fade.
      cy.$('.filtered-out, .filter-faded').removeClass('filtered-out filter-faded');
      this.updateEdgeLooks();
      return;
    }
    const visible = visibleOf(input);
    const hiddenClass = filters.mode === 'hide' ? 'filtered-out' : 'filter-faded';
    const other = hiddenClass === 'filtered-out' ? 'filter-faded' : 'filtered-out';
    cy.batch(() => {
      cy.elements().forEach((element) => {
        // A removed element's ghost is no element of the map: no filter applies to it.
        const shown =
          visible.nodeIds.has(element.id()) ||
          visible.edgeIds.has(element.id()) ||
          element.data('change') === 'removed';
        // Only elements whose state changes are touched: every class change costs a style update.
        if (element.hasClass(other)) element.removeClass(other);
        if (shown === element.hasClass(hiddenClass)) element.toggleClass(hiddenClass, !shown);
      });
    });
    this.updateEdgeLooks();
  }

  showLegendHighlight(): void {
    const { legendHighlight } = this.callbacks.input();
    const { cy } = this;
    cy.batch(() => {
      cy.$('.legend-faded').removeClass('legend-faded');
      if (!legendHighlight) return;
      const matches = matchesHighlight(cy, legendHighlight, this.callbacks.edgeLayer.drawnEdges);
      cy.elements().difference(matches).addClass('legend-faded');
    });
    this.updateEdgeLooks();
  }

  showDecorations(): void {
    const { decorations } = this.callbacks.input();
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

  /** Nodes a layout leaves out (outside the enterprise circle) step back. */
  showLayoutMembers(members: ReadonlySet<string> | null): void {
    const { cy } = this;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const outside = members !== null && !members.has(node.id());
        if (outside !== node.hasClass('outside-layout')) node.toggleClass('outside-layout', outside);
      });
    });
    this.updateEdgeLooks();
  }

  private fadesOnHover(): boolean {
    return this.callbacks.drawnElements() + this.callbacks.edgeLayer.size <= HOVER_FADE_LIMIT;
  }

  showHover(id: string | null): void {
    const { edgeLayer, nodeLayer } = this.callbacks;
    if (nodeLayer.size > 0 || (edgeLayer.size > 0 && !this.fadesOnHover())) {
      // A big map: the edge layer's own overlay shows the neighbourhood; nothing is restyled or redrawn.
      const label =
        id === null
          ? ''
          : (nodeLayer.get(id)?.label ?? String(this.cy.getElementById(id).data('label') ?? ''));
      edgeLayer.setHighlight(id, label);
      return;
    }
    this.hovered = id;
    this.updateEdgeLooks();
    const { cy } = this;
    const node = id === null ? null : cy.getElementById(id);
    cy.batch(() => {
      cy.$('.faded, .emphasis').removeClass('faded emphasis');
      if (!node || node.empty()) return;
      const bulkNeighbours = cy.collection();
      for (const id of edgeLayer.neighboursOf(node.id())) bulkNeighbours.merge(cy.getElementById(id));
      // A segment's members stand out with it, tied by an edge or only by their segment column.
      for (const id of this.callbacks.segmentMembers(node.id())) bulkNeighbours.merge(cy.getElementById(id));
      const neighbourhood = node.closedNeighborhood().union(bulkNeighbours);
      if (this.fadesOnHover()) cy.elements().difference(neighbourhood).addClass('faded');
      neighbourhood.addClass('emphasis');
    });
  }

  /** How each node and edge on the layers looks, from the same state the element classes come from. */
  updateEdgeLooks(): void {
    const { edgeLayer, nodeLayer } = this.callbacks;
    if (edgeLayer.size === 0 && nodeLayer.size === 0) return;
    const input = this.callbacks.input();
    const { filters, legendHighlight, decorations, tie } = input;
    // Only the whole graph is drawn with filtered elements in it; partial views hold only what passes.
    const visible = this.callbacks.mode() === 'all' ? visibleOf(input) : null;
    if (nodeLayer.size > 0) {
      nodeLayer.setLook(
        nodeLookOf({
          visible,
          hideFiltered: filters.mode === 'hide',
          members: this.callbacks.layoutMembers(),
          decorations,
          legendHighlight,
          edges: edgeLayer.drawnEdges,
        }),
      );
      nodeLayer.setOverrides(new Map(decorations?.nodeColor ?? []), new Map(decorations?.nodeScale ?? []));
    }
    if (edgeLayer.size === 0) return;
    edgeLayer.setLook(
      edgeLookOf({
        visible,
        hideFiltered: filters.mode === 'hide',
        members: this.callbacks.layoutMembers(),
        decorations,
        legendHighlight,
        hovered: this.hovered,
        fadeUnhovered: this.fadesOnHover(),
        tie,
      }),
    );
  }
}
