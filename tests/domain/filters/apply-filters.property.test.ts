import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildFilterIndex,
  facetCounts,
  NO_SECTOR,
  type Filters,
} from '../../../src/domain/filters';
import { AWARD_LEVELS, NODE_TYPES, type Graph } from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/** The filter rules read literally, one node and one edge at a time: slow, but hard to get wrong. */
const referenceVisible = (graph: Graph, filters: Filters) => {
  const degree = (id: string) =>
    graph.edges.reduce((sum, edge) => sum + (edge.source === id ? 1 : 0) + (edge.target === id ? 1 : 0), 0);
  const sectorsOf = (node: Graph['nodes'][number]) => {
    const own = node.type === 'chain' ? [node.id, ...node.sectors] : node.sectors;
    return own.length > 0 ? own : [NO_SECTOR];
  };
  const text = filters.text.trim().toLowerCase();
  const matches = new Set(
    graph.nodes
      .filter(
        (node) =>
          (filters.sectors.length === 0 ||
            sectorsOf(node).some((sector) => filters.sectors.includes(sector))) &&
          (filters.awardLevels.length === 0 || filters.awardLevels.includes(node.awardLevel)) &&
          (filters.types.length === 0 || filters.types.includes(node.type)) &&
          degree(node.id) >= filters.minDegree &&
          [node.id, node.name, ...node.awards, node.description].some((field) =>
            field.toLowerCase().includes(text),
          ),
      )
      .map((node) => node.id),
  );
  const relationPasses = (relation: string) =>
    filters.relations.length === 0 || filters.relations.includes(relation);
  const nodes = new Set(matches);
  if (filters.keepNeighbours) {
    for (const edge of graph.edges.filter((edge) => relationPasses(edge.relation))) {
      if (matches.has(edge.source)) nodes.add(edge.target);
      if (matches.has(edge.target)) nodes.add(edge.source);
    }
  }
  const edges = graph.edges
    .filter((edge) => relationPasses(edge.relation) && nodes.has(edge.source) && nodes.has(edge.target))
    .map((edge) => edge.id);
  return { nodes: [...nodes].sort(), edges: edges.sort() };
};

const IDS = ['a', 'b', 'c', 'd', 'e'];
const SECTORS = ['a', 'b', 'x'];
const RELATIONS = ['supply', 'research', 'custom'];
const WORDS = ['', 'Alpha', 'beta', 'A'];

const graphArbitrary = fc
  .tuple(
    fc.array(
      fc.record({
        type: fc.constantFrom(...NODE_TYPES),
        sectors: fc.subarray(SECTORS),
        awardLevel: fc.constantFrom(...AWARD_LEVELS),
        name: fc.constantFrom(...WORDS),
        awards: fc.subarray(WORDS),
      }),
      { minLength: IDS.length, maxLength: IDS.length },
    ),
    fc.uniqueArray(
      fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS), fc.constantFrom(...RELATIONS)),
      {
        selector: (edge) => edge.join(),
      },
    ),
  )
  .map(([nodes, edges]) =>
    makeGraph(
      nodes.map((node, i) => makeNode({ ...node, id: IDS[i] ?? '' })),
      edges.map(([source, target, relation]) => makeEdge({ source, target, relation })),
    ),
  );

const filtersArbitrary: fc.Arbitrary<Filters> = fc.record({
  sectors: fc.subarray([...SECTORS, NO_SECTOR]),
  awardLevels: fc.subarray([...AWARD_LEVELS]),
  types: fc.subarray([...NODE_TYPES]),
  relations: fc.subarray(RELATIONS),
  minDegree: fc.nat(3),
  text: fc.constantFrom(...WORDS, ' alp', 'B'),
  mode: fc.constantFrom('hide' as const, 'fade' as const),
  // Without the changed ids (no changes shown) "Changed only" keeps everything.
  changedOnly: fc.boolean(),
  keepNeighbours: fc.boolean(),
});

describe('applyFilters against the rules read literally', () => {
  it('agrees on random small graphs and filters, through one reused index', () => {
    fc.assert(
      fc.property(
        graphArbitrary,
        fc.array(filtersArbitrary, { minLength: 1, maxLength: 4 }),
        (graph, filterChanges) => {
          const index = buildFilterIndex(graph);
          for (const filters of filterChanges) {
            const result = applyFilters(graph, filters, index);
            expect({ nodes: [...result.nodeIds].sort(), edges: [...result.edgeIds].sort() }).toEqual(
              referenceVisible(graph, filters),
            );
          }
        },
      ),
    );
  });

  it('counts each facet value over what the other filters leave', () => {
    fc.assert(
      fc.property(graphArbitrary, filtersArbitrary, (graph, filters) => {
        const counts = facetCounts(graph, filters);
        expect(new Set(counts.types.keys())).toEqual(new Set(graph.nodes.map((node) => node.type)));
        expect(new Set(counts.relations.keys())).toEqual(new Set(graph.edges.map((edge) => edge.relation)));
        const typesLeft = referenceVisible(graph, { ...filters, types: [] }).nodes;
        for (const [type, count] of counts.types) {
          expect(count).toBe(
            graph.nodes.filter((node) => node.type === type && typesLeft.includes(node.id)).length,
          );
        }
        const relationsLeft = referenceVisible(graph, { ...filters, relations: [] }).edges;
        for (const [relation, count] of counts.relations) {
          expect(count).toBe(
            graph.edges.filter((edge) => edge.relation === relation && relationsLeft.includes(edge.id))
              .length,
          );
        }
      }),
    );
  });
});
