import type { Graph, GraphEdge, GraphNode, GraphSpelling } from '../domain/graph/types';
import { finishSteps, type Steps } from '../domain/graph/steps';
import {
  EDGE_CODECS,
  intColumn,
  NODE_CODECS,
  numberColumn,
  Packer,
  type Codecs,
  type Column,
  type Reader,
} from './packedCodecs';

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
  /** Plain data, cloned as it is: how the uploaded files wrote the map. */
  spelling?: GraphSpelling;
  /**
   * The number of its first string when it is a later part of a graph (packed with the packer of
   * the part before, see packGraph): string numbers below it are the earlier parts' strings.
   */
  firstString?: number;
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
  spelling?: GraphSpelling;
}

export const ALL_FIELDS: Projection<NodeKey, EdgeKey> = {
  nodes: Object.keys(NODE_CODECS) as NodeKey[],
  edges: Object.keys(EDGE_CODECS) as EdgeKey[],
};

interface Columns {
  ints: Column<Uint32Array>;
  numbers: Column<Float64Array>;
}

/** Packs field after field into the columns, pausing (yielding) after each, so a caller can let the page breathe. */
function* packColumns<Element, K extends keyof Element>(
  items: readonly Element[],
  fields: readonly K[],
  codecs: Codecs<Element>,
  packer: Packer,
  columns: Columns,
): Generator<void, Record<K, ColumnRange>> {
  const ranges = {} as Record<K, ColumnRange>;
  for (const field of fields) {
    const codec = codecs[field];
    const column = columns[codec.store];
    const start = column.length;
    codec.pack(items, packer, column);
    ranges[field] = { start, end: column.length };
    yield;
  }
  return ranges;
}

/**
 * Packs the graph's fields named by the projection (all by default). Any object with those fields
 * packs: a layout's drawn nodes are only ids and positions. A graph can go in parts (its nodes
 * first, its edges once read): each part packed with the packer of the one before carries only the
 * strings that part adds, and is unpacked with the strings of the ones before (unpackPartSteps).
 */
export function packGraph<N extends NodeKey = NodeKey, E extends EdgeKey = EdgeKey>(
  graph: ProjectedGraph<N, E> | Graph,
  projection: Projection<N, E> = ALL_FIELDS as Projection<N, E>,
  packer = new Packer(),
): PackedGraph<N, E> {
  const steps = packSteps(graph, projection, packer);
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
  const steps = packSteps(graph, projection, new Packer());
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function* packSteps<N extends NodeKey, E extends EdgeKey>(
  graph: ProjectedGraph<N, E> | Graph,
  projection: Projection<N, E>,
  packer: Packer,
): Generator<void, PackedGraph<N, E>> {
  // Room for the scalar fields; lists and attributes grow the columns.
  const columns: Columns = {
    ints: intColumn(
      graph.nodes.length * projection.nodes.length + graph.edges.length * projection.edges.length,
    ),
    numbers: numberColumn(0),
  };
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
  const { text, ends, first } = packer.strings();
  return {
    text,
    ends,
    ...(first > 0 && { firstString: first }),
    ints: columns.ints.values(),
    numbers: columns.numbers.values(),
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    nodes: nodes as Record<N, ColumnRange>,
    edges,
    nodeExtraColumns: graph.nodeExtraColumns,
    edgeExtraColumns: graph.edgeExtraColumns,
    ...(graph.spelling && { spelling: graph.spelling }),
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
  return finishSteps(unpackGraphSteps(packed));
}

/** Strings, nodes or edges unpacked in one step of unpackGraphSteps. */
const UNPACK_STEP = 10_000;

/**
 * unpackGraph in steps of UNPACK_STEP strings, nodes or edges: a big import's graph (50,000 nodes,
 * 200,000 edges) took the main thread 300 ms in one task to unpack; the steps can go over several.
 */
export function* unpackGraphSteps<N extends NodeKey, E extends EdgeKey>(
  packed: PackedGraph<N, E>,
): Steps<ProjectedGraph<N, E>> {
  return (yield* unpackPartSteps(packed, [])).graph;
}

/**
 * unpackGraphSteps for one part of a graph packed in parts (see packGraph), given every string of
 * the parts before it; gives the strings so far too, for the part after it. A part's references to
 * earlier strings (an edge's endpoints, to its nodes' ids) get the very strings unpacked before.
 */
export function* unpackPartSteps<N extends NodeKey, E extends EdgeKey>(
  packed: PackedGraph<N, E>,
  before: readonly string[],
): Steps<{ graph: ProjectedGraph<N, E>; strings: readonly string[] }> {
  const { text, ends } = packed;
  const first = packed.firstString ?? 0;
  if (before.length !== first)
    throw new Error(`a part starting at string ${first} came after ${before.length} strings`);
  const strings = new Array<string>(first + ends.length);
  for (let index = 0; index < first; index++) strings[index] = before[index] as string;
  let start = 0;
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    strings[first + index] = text.slice(start, end);
    start = end;
    if ((index + 1) % UNPACK_STEP === 0) yield;
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
    if ((index + 1) % UNPACK_STEP === 0) yield;
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
    if ((index + 1) % UNPACK_STEP === 0) yield;
  }
  const graph = {
    nodes,
    edges,
    nodeExtraColumns: packed.nodeExtraColumns,
    edgeExtraColumns: packed.edgeExtraColumns,
    ...(packed.spelling && { spelling: packed.spelling }),
  };
  return { graph, strings };
}
