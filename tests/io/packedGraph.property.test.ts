/** packedGraph (src/io): any graph survives the trip by named fields, whole or projected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWARD_LEVELS,
  createAttributes,
  LOCALITIES,
  NODE_TYPES,
  type Attributes,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../src/domain/graph/types';
import { packedBuffers, packGraph, unpackGraph } from '../../src/io/packedGraph';
import { makeGraph, makeNode } from '../domain/helpers';

const text = fc.string({ unit: 'binary', maxLength: 12 });
/** Few distinct values, so strings repeat and the shared string table is exercised. */
const word = fc.constantFrom('', 'a', 'chain-a', '宁德', '__proto__', 'constructor');
const attributes: fc.Arbitrary<Attributes> = fc
  .array(fc.tuple(fc.oneof(word, text), text), { maxLength: 4 })
  .map((entries) => Object.assign(createAttributes(), Object.fromEntries(entries)));
const coordinate = fc.option(fc.double({ noNaN: true }), { nil: undefined });

const node: fc.Arbitrary<GraphNode> = fc
  .record({
    id: fc.oneof(word, text),
    name: fc.option(text, { nil: undefined }),
    type: fc.constantFrom(...NODE_TYPES),
    sectors: fc.array(fc.oneof(word, text), { maxLength: 3 }),
    segment: fc.oneof(word, text),
    awardLevel: fc.constantFrom(...AWARD_LEVELS),
    awards: fc.array(fc.oneof(word, text), { maxLength: 3 }),
    locality: fc.constantFrom(...LOCALITIES),
    key: fc.boolean(),
    description: text,
    evidence: text,
    url: text,
    x: coordinate,
    y: coordinate,
    attributes,
  })
  .map(({ name, x, y, ...rest }) => {
    // Most names equal the id (the encoding shares them); x, y and weight are absent, not undefined.
    const made: GraphNode = { ...rest, name: name ?? rest.id };
    if (x !== undefined) made.x = x;
    if (y !== undefined) made.y = y;
    return made;
  });

const edge = (ids: readonly string[]): fc.Arbitrary<GraphEdge> =>
  fc
    .record({
      id: text,
      source: ids.length > 0 ? fc.constantFrom(...ids) : text,
      target: fc.oneof(text, ...(ids.length > 0 ? [fc.constantFrom(...ids)] : [])),
      relation: fc.oneof(fc.constantFrom('supply', 'membership'), text),
      directed: fc.boolean(),
      weight: coordinate,
      label: text,
      evidence: text,
      attributes,
    })
    .map(({ weight, ...rest }) => (weight === undefined ? rest : { ...rest, weight }));

const graph: fc.Arbitrary<Graph> = fc.array(node, { maxLength: 8 }).chain((nodes) =>
  fc
    .record({
      nodes: fc.constant(nodes),
      edges: fc.array(edge(nodes.map((each) => each.id)), { maxLength: 10 }),
      nodeExtraColumns: fc.array(text, { maxLength: 3 }),
      edgeExtraColumns: fc.array(text, { maxLength: 3 }),
    })
    .map((made) => ({ ...made })),
);

const posted = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

describe('packGraph / unpackGraph, any graph', () => {
  it('gives back an equal graph', () => {
    fc.assert(
      fc.property(graph, (original) => {
        const packed = packGraph(original);
        expect(unpackGraph(posted(packed, packedBuffers(packed)))).toStrictEqual(original);
      }),
    );
  }, 30_000);

  it('gives back the projected fields and packs nothing else', () => {
    const projection = { nodes: ['id', 'type', 'sectors', 'key'], edges: ['source', 'relation'] } as const;
    fc.assert(
      fc.property(graph, (original) => {
        const packed = packGraph(original, projection);
        expect(Object.keys(packed.nodes).sort()).toEqual([...projection.nodes].sort());
        expect(Object.keys(packed.edges).sort()).toEqual([...projection.edges].sort());
        const unpacked = unpackGraph(posted(packed, packedBuffers(packed)));
        const pick = <T extends object>(item: T, fields: readonly string[]) =>
          Object.fromEntries(fields.map((field) => [field, item[field as keyof T]]));
        expect(unpacked.nodes.map((each) => pick(each, projection.nodes))).toStrictEqual(
          original.nodes.map((each) => pick(each, projection.nodes)),
        );
        expect(unpacked.edges.map((each) => pick(each, projection.edges))).toStrictEqual(
          original.edges.map((each) => pick(each, projection.edges)),
        );
      }),
    );
  }, 30_000);

  it('sends no text of a field the projection leaves out', () => {
    const original = makeGraph([
      makeNode({
        id: 'n1',
        name: '赛乐',
        description: 'a long description',
        evidence: 'a quote',
        url: 'https://example.com',
      }),
    ]);
    const packed = packGraph(original, { nodes: ['id', 'name'], edges: [] });
    expect(packed.text).toBe('n1赛乐');
    // The type has only the projected fields: reading `description` here would not compile.
    const [unpacked] = unpackGraph(packed).nodes;
    expect([unpacked?.id, unpacked?.name]).toEqual(['n1', '赛乐']);
  });
});
