import {
  createAttributes,
  NO_ATTRIBUTES,
  type Attributes,
  type AwardLevel,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type Locality,
  type NodeType,
} from '../domain/graph/types';

/**
 * A Graph packed for postMessage between the import worker and the page. Structured cloning a graph
 * copies 50k–250k objects one property at a time on both threads (about as long as parsing the
 * CSV); packed, it is one string and three buffers that move without a copy, and unpacking builds
 * each object in one go, sharing every repeated string (types, relations, node ids as endpoints).
 */
export interface PackedGraph {
  /** Every distinct string, back to back; string i ends at `ends[i]` (offsets, so any character may occur). */
  text: string;
  ends: Uint32Array;
  /** String references, flags and counts, element after element in the order packGraph writes them. */
  ints: Uint32Array;
  /** Per node x and y, per edge its weight; NaN where absent. */
  numbers: Float64Array;
  nodeCount: number;
  edgeCount: number;
  nodeExtraColumns: string[];
  edgeExtraColumns: string[];
}

/** The empty string is string 0 of every packed graph: most optional fields are empty. */
const EMPTY = 0;

class Packer {
  /** Strings that repeat (enum values, node ids as endpoints, sectors…) are stored once. */
  private readonly refs = new Map<string, number>([['', EMPTY]]);
  private readonly parts: string[] = [''];
  private readonly ends: number[] = [0];
  private end = 0;
  // Plain arrays while packing (small integers and doubles are stored unboxed), typed at the end.
  readonly ints: number[] = [];
  readonly numbers: number[] = [];

  private add(value: string): number {
    const ref = this.parts.length;
    this.parts.push(value);
    this.end += value.length;
    this.ends.push(this.end);
    return ref;
  }

  /** A value that may repeat; returns its reference. */
  string(value: string): number {
    let ref = this.refs.get(value);
    if (ref === undefined) {
      ref = this.add(value);
      this.refs.set(value, ref);
    }
    this.ints.push(ref);
    return ref;
  }

  /** A value that seldom repeats (an edge id, a description): not worth looking up. */
  unique(value: string): void {
    this.ints.push(value === '' ? EMPTY : this.add(value));
  }

  list(values: readonly string[]): void {
    this.ints.push(values.length);
    for (const value of values) this.string(value);
  }

  attributes(attributes: Attributes): void {
    const names = Object.keys(attributes);
    this.ints.push(names.length);
    for (const name of names) {
      this.string(name);
      this.unique(attributes[name] as string);
    }
  }

  finish(graph: Graph): PackedGraph {
    return {
      text: this.parts.join(''),
      ends: Uint32Array.from(this.ends),
      ints: Uint32Array.from(this.ints),
      numbers: Float64Array.from(this.numbers),
      nodeCount: graph.nodes.length,
      edgeCount: graph.edges.length,
      nodeExtraColumns: graph.nodeExtraColumns,
      edgeExtraColumns: graph.edgeExtraColumns,
    };
  }
}

export function packGraph(graph: Graph): PackedGraph {
  const packer = new Packer();
  const { ints, numbers } = packer;
  for (const node of graph.nodes) {
    // Node ids go through the lookup: edges name them again as endpoints.
    const id = packer.string(node.id);
    if (node.name === node.id) ints.push(id);
    else packer.unique(node.name);
    packer.string(node.type);
    packer.list(node.sectors);
    packer.string(node.segment);
    packer.string(node.awardLevel);
    packer.list(node.awards);
    packer.string(node.locality);
    ints.push(node.key ? 1 : 0);
    packer.unique(node.description);
    packer.unique(node.evidence);
    packer.unique(node.url);
    numbers.push(node.x ?? NaN);
    numbers.push(node.y ?? NaN);
    packer.attributes(node.attributes);
  }
  for (const edge of graph.edges) {
    packer.unique(edge.id);
    packer.string(edge.source);
    packer.string(edge.target);
    packer.string(edge.relation);
    ints.push(edge.directed ? 1 : 0);
    numbers.push(edge.weight ?? NaN);
    packer.unique(edge.label);
    packer.unique(edge.evidence);
    packer.attributes(edge.attributes);
  }
  return packer.finish(graph);
}

/** The buffers of a packed graph, to hand over in postMessage's transfer list (the sender loses them). */
export const packedBuffers = (packed: PackedGraph): ArrayBuffer[] =>
  [packed.ends.buffer, packed.ints.buffer, packed.numbers.buffer] as ArrayBuffer[];

/** The graph packGraph was given, attributes null-prototype again (those without any share NO_ATTRIBUTES). */
export function unpackGraph(packed: PackedGraph): Graph {
  const { text, ends, ints, numbers } = packed;
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    strings[index] = text.slice(start, end);
    start = end;
  }
  let at = 0;
  let numberAt = 0;
  const string = () => strings[ints[at++] as number] as string;
  const flag = () => ints[at++] === 1;
  const list = () => {
    const values = new Array<string>(ints[at++] as number);
    for (let index = 0; index < values.length; index++) values[index] = string();
    return values;
  };
  const attributes = (): Attributes => {
    const count = ints[at++] as number;
    if (count === 0) return NO_ATTRIBUTES;
    const read = createAttributes();
    for (let index = 0; index < count; index++) {
      const name = string();
      read[name] = string();
    }
    return read;
  };
  const nodes = new Array<GraphNode>(packed.nodeCount);
  for (let index = 0; index < nodes.length; index++) {
    const node: GraphNode = {
      id: string(),
      name: string(),
      type: string() as NodeType,
      sectors: list(),
      segment: string(),
      awardLevel: string() as AwardLevel,
      awards: list(),
      locality: string() as Locality,
      key: flag(),
      description: string(),
      evidence: string(),
      url: string(),
      attributes: attributes(),
    };
    const x = numbers[numberAt++] as number;
    const y = numbers[numberAt++] as number;
    if (!Number.isNaN(x)) node.x = x;
    if (!Number.isNaN(y)) node.y = y;
    nodes[index] = node;
  }
  const edges = new Array<GraphEdge>(packed.edgeCount);
  for (let index = 0; index < edges.length; index++) {
    const edge: GraphEdge = {
      id: string(),
      source: string(),
      target: string(),
      relation: string(),
      directed: flag(),
      label: string(),
      evidence: string(),
      attributes: attributes(),
    };
    const weight = numbers[numberAt++] as number;
    if (!Number.isNaN(weight)) edge.weight = weight;
    edges[index] = edge;
  }
  return {
    nodes,
    edges,
    nodeExtraColumns: packed.nodeExtraColumns,
    edgeExtraColumns: packed.edgeExtraColumns,
  };
}
