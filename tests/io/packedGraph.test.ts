/** packedGraph (src/io): the import worker's graph encoding survives the trip, hostile values included. */
import { describe, expect, it } from 'vitest';
import { createAttributes, NO_ATTRIBUTES, type Attributes, type Graph } from '../../src/domain/graph/types';
import { finishSteps } from '../../src/domain/graph/steps';
import { Packer } from '../../src/io/packedCodecs';
import {
  ALL_FIELDS,
  packedBuffers,
  packGraph,
  unpackGraph,
  unpackGraphSteps,
  unpackPartSteps,
} from '../../src/io/packedGraph';
import { makeEdge, makeGraph, makeNode } from '../domain/helpers';

const attributes = (values: Record<string, string>): Attributes => Object.assign(createAttributes(), values);

/** Everything a graph can hold, with column names and values chosen to break a naive encoding. */
function hostileGraph(): Graph {
  const nodes = [
    makeNode({
      id: '00123',
      name: '宁德时代 "CATL"',
      type: 'enterprise',
      sectors: ['chain-a', 'chain-b'],
      segment: 'upstream',
      awardLevel: 'national',
      awards: ['制造业单项冠军', '专精特新"小巨人"'],
      locality: 'outside',
      key: true,
      description: 'line one\nline two, with a comma',
      evidence: '',
      url: 'https://example.com/?a=1&b=2',
      x: -0.5,
      y: 0,
      attributes: attributes({
        ['__proto__']: 'p',
        constructor: 'c',
        toString: 't',
        注册地: '宁德',
        '': 'empty name',
      }),
    }),
    makeNode({ id: '9007199254740993', name: '9007199254740993', x: 12.25 }),
    makeNode({
      id: 'chain-a',
      type: 'chain',
      description: 'NUL \u0000 and separators \u0001 ; | kept',
      attributes: attributes({ note: '\u0000' }),
    }),
    makeNode({ id: '', name: '' }),
  ];
  const edges = [
    makeEdge({ source: '00123', target: 'chain-a', relation: 'membership', weight: 0 }),
    makeEdge({
      source: '00123',
      target: '9007199254740993',
      relation: 'custom 关系',
      directed: true,
      weight: 2.5,
      label: '供货',
      evidence: '年报',
    }),
    makeEdge({
      id: '00123->chain-a#membership~2',
      source: '00123',
      target: 'chain-a',
      relation: 'membership',
      attributes: attributes({ constructor: 'x' }),
    }),
    // Not a node of this graph: a packed graph need not be a valid one.
    makeEdge({ source: 'elsewhere', target: '00123' }),
  ];
  return {
    ...makeGraph(nodes, edges),
    nodeExtraColumns: ['__proto__', 'constructor', 'toString', '注册地', '', 'note'],
    edgeExtraColumns: ['constructor'],
  };
}

/** What postMessage does to the packed graph, buffers moved rather than copied. */
const posted = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

describe('packGraph / unpackGraph', () => {
  it('gives back an equal graph, every field and absent numbers included', () => {
    const graph = hostileGraph();
    const packed = packGraph(graph);
    const unpacked = unpackGraph(posted(packed, packedBuffers(packed)));
    expect(unpacked).toStrictEqual(graph);
    expect(unpacked.nodes[1]).not.toHaveProperty('y');
    expect(unpacked.edges[2]).not.toHaveProperty('weight');
    expect(unpacked.edges[0]?.weight).toBe(0);
  });

  it('gives back null-prototype attributes: kept columns named __proto__ or constructor are just names', () => {
    const unpacked = unpackGraph(posted(packGraph(hostileGraph()), []));
    const [first, second] = unpacked.nodes;
    expect(Object.getPrototypeOf(first?.attributes)).toBeNull();
    expect(Object.keys(first?.attributes ?? {})).toEqual([
      '__proto__',
      'constructor',
      'toString',
      '注册地',
      '',
    ]);
    expect(first?.attributes['__proto__']).toBe('p');
    expect(Object.getPrototypeOf(second?.attributes)).toBeNull();
    expect(second?.attributes.constructor).toBeUndefined();
    expect(second?.attributes.toString).toBeUndefined();
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.getPrototypeOf(unpacked.edges[2]?.attributes)).toBeNull();
    expect(unpacked.edges[2]?.attributes.constructor).toBe('x');
  });

  it('shares one frozen empty attributes object among elements without kept columns', () => {
    const unpacked = unpackGraph(packGraph(hostileGraph()));
    expect(unpacked.nodes[1]?.attributes).toBe(NO_ATTRIBUTES);
    expect(unpacked.edges[0]?.attributes).toBe(NO_ATTRIBUTES);
    expect(Object.isFrozen(NO_ATTRIBUTES)).toBe(true);
  });

  it('stores a repeated string once and hands over its buffers', () => {
    const nodes = Array.from({ length: 50 }, (_, index) =>
      makeNode({ id: `n${index}`, type: 'platform', sectors: ['chain-a'] }),
    );
    const edges = nodes
      .slice(1)
      .map((node) => makeEdge({ source: 'n0', target: node.id, relation: 'supply' }));
    const packed = packGraph(makeGraph(nodes, edges));
    // 50 node ids (each also its name and an endpoint), 49 edge ids, and once each: platform, chain-a, '', none, local, supply.
    expect(packed.ends).toHaveLength(50 + 49 + 6);
    const buffers = packedBuffers(packed);
    expect(buffers).toHaveLength(3);
    posted(packed, buffers);
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });

  it('packs an empty graph', () => {
    expect(unpackGraph(posted(packGraph(makeGraph([])), []))).toEqual(makeGraph([]));
  });

  it('unpacks a big graph in several steps, to the same graph', () => {
    const nodes = Array.from({ length: 25_000 }, (_, index) => makeNode({ id: `n${index}` }));
    const edges = nodes.slice(1).map((node, index) => makeEdge({ source: `n${index}`, target: node.id }));
    const packed = packGraph(makeGraph(nodes, edges));
    const steps = unpackGraphSteps(packed);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count += 1;
    expect(count).toBeGreaterThan(5);
    expect(step.value).toEqual(unpackGraph(packed));
  });

  it('packs a graph in parts, nodes then edges: the second carries only its own strings and gives back the same graph', () => {
    const graph = hostileGraph();
    const packer = new Packer();
    const nodesPart = packGraph({ ...graph, edges: [] }, { nodes: ALL_FIELDS.nodes, edges: [] }, packer);
    const edgesPart = packGraph({ ...graph, nodes: [] }, { nodes: [], edges: ALL_FIELDS.edges }, packer);
    expect(nodesPart.firstString).toBeUndefined();
    const nodeStrings = nodesPart.ends.length;
    const edgeStrings = edgesPart.ends.length;
    expect(edgesPart.firstString).toBe(nodeStrings);
    const first = finishSteps(unpackPartSteps(posted(nodesPart, packedBuffers(nodesPart)), []));
    const second = finishSteps(unpackPartSteps(posted(edgesPart, packedBuffers(edgesPart)), first.strings));
    expect({ ...second.graph, nodes: first.graph.nodes }).toStrictEqual(graph);
    expect(first.strings).toHaveLength(nodeStrings);
    expect(second.strings).toHaveLength(nodeStrings + edgeStrings);
    // The endpoints are the nodes' ids, sent with the nodes: only the strings new with the edges follow.
    const added = second.strings.slice(nodeStrings);
    expect(added).toContain('elsewhere');
    expect(added).not.toContain('9007199254740993');
    expect(added).not.toContain('00123');
  });

  it('refuses a later part unpacked without the strings of the parts before it', () => {
    const graph = hostileGraph();
    const packer = new Packer();
    packGraph({ ...graph, edges: [] }, { nodes: ALL_FIELDS.nodes, edges: [] }, packer);
    const edgesPart = packGraph({ ...graph, nodes: [] }, { nodes: [], edges: ALL_FIELDS.edges }, packer);
    expect(() => finishSteps(unpackPartSteps(edgesPart, []))).toThrow(/came after 0 strings/);
  });
});
