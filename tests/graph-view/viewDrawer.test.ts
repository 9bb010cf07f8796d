import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import type { EdgeLayer } from '../../src/graph-view/EdgeLayer';
import type { NodeLayer } from '../../src/graph-view/NodeLayer';
import { ViewDrawer } from '../../src/graph-view/viewDrawer';
import type { ViewElements } from '../../src/graph-view/viewElements';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id }, position: { x: 0, y: 0 } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
});
const view = (elements: ElementDefinition[]): ViewElements => ({
  elements: new Map(elements.map((element) => [element.data.id ?? '', element])),
  bulkEdges: [],
  layered: false,
  layerNodes: [],
  near: new Map(),
});

describe('ViewDrawer', () => {
  const cy = cytoscape({ headless: true });
  const adding: number[] = [];
  const drawer = new ViewDrawer({
    cy: () => cy,
    edgeLayer: { setEdges: () => undefined } as unknown as EdgeLayer,
    nodeLayer: { all: () => [], get: () => undefined, setNodes: () => undefined } as unknown as NodeLayer,
    onProgress: () => undefined,
    beforeAdding: (added) => adding.push(added),
  });
  const placement = { fresh: true, groupOf: () => new Map<string, string>() };
  const groups = Array.from({ length: 48 }, (_, index) => node(`agg:${index}`));

  it('replaces a view in one removal, not one per element (each went through the whole element list)', () => {
    drawer.draw(view(groups), placement, () => undefined);
    expect(cy.nodes().length).toBe(48);
    const remove = vi.spyOn(Object.getPrototypeOf(cy.collection()) as { remove: () => unknown }, 'remove');
    let change = { addedNodes: -1, removed: -1, placed: false };
    drawer.draw(
      view([node('a'), node('b'), edge('ab', 'a', 'b'), ...groups.slice(0, 2)]),
      placement,
      (drawn) => {
        change = drawn;
      },
    );
    expect(remove).toHaveBeenCalledTimes(1);
    remove.mockRestore();
    expect(change).toMatchObject({ addedNodes: 2, removed: 46 });
    expect(cy.elements().map((element) => element.id())).toEqual(['agg:0', 'agg:1', 'a', 'b', 'ab']);
  });

  it('says how many elements go into cytoscape before they do (the stage draws their first picture directly)', () => {
    adding.length = 0;
    drawer.draw(view([node('a'), node('b'), node('c'), edge('ab', 'a', 'b')]), placement, () => undefined);
    // a, b and ab are drawn already: only c is new.
    drawer.draw(view([node('a'), node('b'), edge('ab', 'a', 'b')]), placement, () => undefined);
    expect(adding).toEqual([1, 0]);
  });
});
