import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { StoreApi } from 'zustand';
import type { AppState } from '../store';
import type { Graph } from '../domain/graph/types';
import { changedData, graphElements } from './elements';
import { buildStylesheet } from './stylesheet';

cytoscape.use(fcose);

/**
 * Owns the one long-lived cytoscape instance. It subscribes to the store and applies each change
 * as a diff inside `cy.batch()`; it is never re-created on a filter, selection or language change.
 */
export class MapController {
  readonly cy: Core;
  private shown = new Map<string, ElementDefinition>();
  private readonly unsubscribe: () => void;

  constructor(container: HTMLElement, private readonly store: StoreApi<AppState>) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => this.store.getState().select(event.target.id() as string));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.store.getState().select(null);
    });
    this.unsubscribe = store.subscribe((state, before) => {
      if (state.graph !== before.graph) this.showGraph(state.graph);
      if (state.selected !== before.selected) this.showSelection(state.selected);
    });
    this.showGraph(store.getState().graph);
  }

  private showGraph(graph: Graph): void {
    const next = graphElements(graph);
    const cy = this.cy;
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      for (const id of this.shown.keys()) {
        if (!next.has(id)) cy.getElementById(id).remove();
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
    if (added.length > 0) this.runLayout();
    this.showSelection(this.store.getState().selected);
  }

  private showSelection(selected: string | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (selected) this.cy.getElementById(selected).select();
    });
  }

  private runLayout(): void {
    this.cy.layout({ name: 'fcose', animate: false, randomize: false, nodeRepulsion: 8000, idealEdgeLength: 90 } as cytoscape.LayoutOptions).run();
    this.cy.fit(undefined, 40);
  }

  dispose(): void {
    this.unsubscribe();
    this.cy.destroy();
  }
}
