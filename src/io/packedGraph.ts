import {
  createAttributes,
  NO_ATTRIBUTES,
  type Attributes,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../domain/graph/types';

/**
 * A Graph packed for postMessage, the one encoding every worker uses. Structured cloning a graph
 * copies 50k–250k objects one property at a time on both threads (about as long as parsing the
 * CSV); packed, it is one string and three buffers that move without a copy, and unpacking builds
 * each object in one go, sharing every repeated string (types, relations, node ids as endpoints).
 *
 * Each field is a named column (a range of `ints` or `numbers`), written and read by its name, so a
 * field cannot be read in another's place. A worker that needs only some fields is sent only those
 * (a projection); the rest are not packed at all.
 */
export interface PackedGraph<N extends NodeKey = NodeKey, E extends EdgeKey = EdgeKey> {
  /** Every distinct string, back to back; string i ends at `ends[i]` (offsets, so any character may occur). */
  text: string;
  ends: Uint32Array;
  /** The integer columns (string references, list lengths, flags) one after another. */
  ints: Uint32Array;
  /** The number columns (x, y, weight; NaN where absent) one after another. */
  numbers: Float64Array;
  nodeCount: number;
  edgeCount: number;
  /** Where each packed field's column lies in `ints` or `numbers`. */
  nodes: Record<N, ColumnRange>;
  edges: Record<E, ColumnRange>;
  nodeExtraColumns: string[];
  edgeExtraColumns: string[];
}

export type NodeKey = keyof GraphNode;
export type EdgeKey = keyof GraphEdge;

interface ColumnRange {
  start: number;
  end: number;
}

/** The fields a worker is sent. */
export interface Projection<N extends NodeKey, E extends EdgeKey> {
  nodes: readonly N[];
  edges: readonly E[];
}

/** A graph with only the projected fields: what a worker reads, so it cannot read what it was not sent. */
export interface ProjectedGraph<N extends NodeKey, E extends EdgeKey> {
  nodes: Pick<GraphNode, N>[];
  edges: Pick<GraphEdge, E>[];
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

  private add(value: string): number {
    const ref = this.parts.length;
    this.parts.push(value);
    this.end += value.length;
    this.ends.push(this.end);
    return ref;
  }

  /** A value that may repeat. */
  shared(value: string): number {
    let ref = this.refs.get(value);
    if (ref === undefined) {
      ref = this.add(value);
      this.refs.set(value, ref);
    }
    return ref;
  }

  /** A value that seldom repeats (an edge id, a description): not worth looking up. */
  unique(value: string): number {
    return value === '' ? EMPTY : this.add(value);
  }

  strings(): { text: string; ends: Uint32Array } {
    return { text: this.parts.join(''), ends: Uint32Array.from(this.ends) };
  }
}

/** Reads one column in element order: each call gives the next element's value. */
type Reader<T> = () => T;

/**
 * How one field is packed into a column and read back. Plain arrays while packing (small integers
 * and doubles are stored unboxed), typed at the end.
 */
interface Codec<Element, T> {
  store: 'ints' | 'numbers';
  pack: (items: readonly Element[], packer: Packer, into: number[]) => void;
  read: (column: Uint32Array | Float64Array, strings: readonly string[]) => Reader<T>;
  /** The value of a field left out by a projection. */
  absent: () => T;
}

const shared = <E, T extends string>(get: (element: E) => T): Codec<E, T> => ({
  store: 'ints',
  pack: (items, packer, into) => {
    for (const item of items) into.push(packer.shared(get(item)));
  },
  read: (column, strings) => {
    let at = 0;
    return () => strings[column[at++] as number] as T;
  },
  absent: () => '' as T,
});

const unique = <E>(get: (element: E) => string): Codec<E, string> => ({
  ...shared(get),
  pack: (items, packer, into) => {
    for (const item of items) into.push(packer.unique(get(item)));
  },
});

const list = <E>(get: (element: E) => readonly string[]): Codec<E, string[]> => ({
  store: 'ints',
  pack: (items, packer, into) => {
    for (const item of items) {
      const values = get(item);
      into.push(values.length);
      for (const value of values) into.push(packer.shared(value));
    }
  },
  read: (column, strings) => {
    let at = 0;
    return () => {
      const values = new Array<string>(column[at++] as number);
      for (let index = 0; index < values.length; index++)
        values[index] = strings[column[at++] as number] as string;
      return values;
    };
  },
  absent: () => [],
});

const flag = <E>(get: (element: E) => boolean): Codec<E, boolean> => ({
  store: 'ints',
  pack: (items, _packer, into) => {
    for (const item of items) into.push(get(item) ? 1 : 0);
  },
  read: (column) => {
    let at = 0;
    return () => column[at++] === 1;
  },
  absent: () => false,
});

const number = <E>(get: (element: E) => number | undefined): Codec<E, number | undefined> => ({
  store: 'numbers',
  pack: (items, _packer, into) => {
    for (const item of items) into.push(get(item) ?? NaN);
  },
  read: (column) => {
    let at = 0;
    return () => {
      const value = column[at++] as number;
      return Number.isNaN(value) ? undefined : value;
    };
  },
  absent: () => undefined,
});

/** Null-prototype again on the way back (`__proto__` is just a column name); none: the shared NO_ATTRIBUTES. */
const attributes = <E>(get: (element: E) => Attributes): Codec<E, Attributes> => ({
  store: 'ints',
  pack: (items, packer, into) => {
    for (const item of items) {
      const values = get(item);
      const names = Object.keys(values);
      into.push(names.length);
      for (const name of names) into.push(packer.shared(name), packer.unique(values[name] as string));
    }
  },
  read: (column, strings) => {
    let at = 0;
    return () => {
      const count = column[at++] as number;
      if (count === 0) return NO_ATTRIBUTES;
      const read = createAttributes();
      for (let index = 0; index < count; index++) {
        const name = strings[column[at++] as number] as string;
        read[name] = strings[column[at++] as number] as string;
      }
      return read;
    };
  },
  absent: () => NO_ATTRIBUTES,
});

/** A codec per field: a field added to the model without one here does not compile. */
type Codecs<Element> = { [K in keyof Element]-?: Codec<Element, Element[K]> };

const NODE_CODECS: Codecs<GraphNode> = {
  // Node ids are looked up (edges name them again as endpoints); most names equal the id.
  id: shared((node) => node.id),
  name: {
    ...unique((node: GraphNode) => node.name),
    pack: (nodes, packer, into) => {
      for (const node of nodes)
        into.push(node.name === node.id ? packer.shared(node.id) : packer.unique(node.name));
    },
  },
  type: shared((node) => node.type),
  sectors: list((node) => node.sectors),
  segment: shared((node) => node.segment),
  awardLevel: shared((node) => node.awardLevel),
  awards: list((node) => node.awards),
  locality: shared((node) => node.locality),
  key: flag((node) => node.key),
  description: unique((node) => node.description),
  evidence: unique((node) => node.evidence),
  url: unique((node) => node.url),
  x: number((node) => node.x),
  y: number((node) => node.y),
  attributes: attributes((node) => node.attributes),
};

const EDGE_CODECS: Codecs<GraphEdge> = {
  id: unique((edge) => edge.id),
  source: shared((edge) => edge.source),
  target: shared((edge) => edge.target),
  relation: shared((edge) => edge.relation),
  directed: flag((edge) => edge.directed),
  weight: number((edge) => edge.weight),
  label: unique((edge) => edge.label),
  evidence: unique((edge) => edge.evidence),
  attributes: attributes((edge) => edge.attributes),
};

export const ALL_FIELDS: Projection<NodeKey, EdgeKey> = {
  nodes: Object.keys(NODE_CODECS) as NodeKey[],
  edges: Object.keys(EDGE_CODECS) as EdgeKey[],
};

interface Columns {
  ints: number[][];
  numbers: number[][];
}

/** Packs column after column, pausing (yielding) after each, so a caller can let the page breathe. */
function* packColumns<Element, K extends keyof Element>(
  items: readonly Element[],
  fields: readonly K[],
  codecs: Codecs<Element>,
  packer: Packer,
  columns: Columns,
): Generator<void, Record<K, { store: 'ints' | 'numbers'; values: number[] }>> {
  const packed = {} as Record<K, { store: 'ints' | 'numbers'; values: number[] }>;
  for (const field of fields) {
    const codec = codecs[field];
    const values: number[] = [];
    codec.pack(items, packer, values);
    columns[codec.store].push(values);
    packed[field] = { store: codec.store, values };
    yield;
  }
  return packed;
}

/** Lays the columns one after another in one typed array per store, and names each one's range. */
function concatenate<K extends string>(
  packed: Record<K, { store: 'ints' | 'numbers'; values: number[] }>,
  offsets: { ints: number; numbers: number },
  arrays: { ints: Uint32Array; numbers: Float64Array },
): Record<K, ColumnRange> {
  const ranges = {} as Record<K, ColumnRange>;
  for (const field of Object.keys(packed) as K[]) {
    const { store, values } = packed[field];
    const start = offsets[store];
    arrays[store].set(values, start);
    offsets[store] = start + values.length;
    ranges[field] = { start, end: offsets[store] };
  }
  return ranges;
}

/**
 * Packs the graph's fields named by the projection (all by default). Any object with those fields
 * packs: a layout's drawn nodes are only ids and positions.
 */
export function packGraph<N extends NodeKey = NodeKey, E extends EdgeKey = EdgeKey>(
  graph: ProjectedGraph<N, E> | Graph,
  projection: Projection<N, E> = ALL_FIELDS as Projection<N, E>,
): PackedGraph<N, E> {
  const steps = packSteps(graph, projection);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** packGraph on the page: between columns it gives the event loop a turn, so no task runs long. */
export async function packGraphInTurns<N extends NodeKey, E extends EdgeKey>(
  graph: ProjectedGraph<N, E> | Graph,
  projection: Projection<N, E>,
): Promise<PackedGraph<N, E>> {
  const steps = packSteps(graph, projection);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function* packSteps<N extends NodeKey, E extends EdgeKey>(
  graph: ProjectedGraph<N, E> | Graph,
  projection: Projection<N, E>,
): Generator<void, PackedGraph<N, E>> {
  const packer = new Packer();
  const columns: Columns = { ints: [], numbers: [] };
  // Ids first, so endpoints find them already stored.
  const nodeFields = [...projection.nodes].sort((a, b) => Number(b === 'id') - Number(a === 'id'));
  const nodes = yield* packColumns(graph.nodes as GraphNode[], nodeFields, NODE_CODECS, packer, columns);
  const edges = yield* packColumns(
    graph.edges as GraphEdge[],
    projection.edges,
    EDGE_CODECS,
    packer,
    columns,
  );
  const size = (store: number[][]) => store.reduce((total, values) => total + values.length, 0);
  const arrays = {
    ints: new Uint32Array(size(columns.ints)),
    numbers: new Float64Array(size(columns.numbers)),
  };
  const offsets = { ints: 0, numbers: 0 };
  return {
    ...packer.strings(),
    ...arrays,
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    nodes: concatenate(nodes as Record<N, { store: 'ints' | 'numbers'; values: number[] }>, offsets, arrays),
    edges: concatenate(edges, offsets, arrays),
    nodeExtraColumns: graph.nodeExtraColumns,
    edgeExtraColumns: graph.edgeExtraColumns,
  };
}

/** The buffers of a packed graph, to hand over in postMessage's transfer list (the sender loses them). */
export const packedBuffers = (packed: Pick<PackedGraph, 'ends' | 'ints' | 'numbers'>): ArrayBuffer[] =>
  [packed.ends.buffer, packed.ints.buffer, packed.numbers.buffer] as ArrayBuffer[];

/** A reader per field: the packed column's, or the absent value for a field the projection left out. */
function readersOf<Element>(
  codecs: Codecs<Element>,
  ranges: Partial<Record<keyof Element, ColumnRange>>,
  packed: { ints: Uint32Array; numbers: Float64Array },
  strings: readonly string[],
): { [K in keyof Element]-?: Reader<Element[K]> } {
  const readers = {} as { [K in keyof Element]-?: Reader<Element[K]> };
  for (const field of Object.keys(codecs) as (keyof Element)[]) {
    const codec = codecs[field];
    const range = ranges[field];
    readers[field] = range
      ? codec.read(packed[codec.store].subarray(range.start, range.end), strings)
      : codec.absent;
  }
  return readers;
}

/**
 * The graph packGraph was given, with the projected fields only (the others hold empty values, and
 * the type hides them); attributes null-prototype again (those without any share NO_ATTRIBUTES).
 */
export function unpackGraph<N extends NodeKey, E extends EdgeKey>(
  packed: PackedGraph<N, E>,
): ProjectedGraph<N, E> {
  const { text, ends } = packed;
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    strings[index] = text.slice(start, end);
    start = end;
  }
  const n = readersOf(NODE_CODECS, packed.nodes as Partial<Record<NodeKey, ColumnRange>>, packed, strings);
  const nodes = new Array<GraphNode>(packed.nodeCount);
  for (let index = 0; index < nodes.length; index++) {
    // One literal, so every node has the same shape; x and y only where set, as the import leaves them.
    const node: GraphNode = {
      id: n.id(),
      name: n.name(),
      type: n.type(),
      sectors: n.sectors(),
      segment: n.segment(),
      awardLevel: n.awardLevel(),
      awards: n.awards(),
      locality: n.locality(),
      key: n.key(),
      description: n.description(),
      evidence: n.evidence(),
      url: n.url(),
      attributes: n.attributes(),
    };
    const x = n.x();
    const y = n.y();
    if (x !== undefined) node.x = x;
    if (y !== undefined) node.y = y;
    nodes[index] = node;
  }
  const e = readersOf(EDGE_CODECS, packed.edges as Partial<Record<EdgeKey, ColumnRange>>, packed, strings);
  const edges = new Array<GraphEdge>(packed.edgeCount);
  for (let index = 0; index < edges.length; index++) {
    const edge: GraphEdge = {
      id: e.id(),
      source: e.source(),
      target: e.target(),
      relation: e.relation(),
      directed: e.directed(),
      label: e.label(),
      evidence: e.evidence(),
      attributes: e.attributes(),
    };
    const weight = e.weight();
    if (weight !== undefined) edge.weight = weight;
    edges[index] = edge;
  }
  return {
    nodes,
    edges,
    nodeExtraColumns: packed.nodeExtraColumns,
    edgeExtraColumns: packed.edgeExtraColumns,
  };
}
