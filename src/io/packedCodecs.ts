import {
  createAttributes,
  NO_ATTRIBUTES,
  type Attributes,
  type GraphEdge,
  type GraphNode,
} from '../domain/graph/types';

/* How each field of a node or edge is written to, and read from, the columns of a PackedGraph. */

/** The empty string is string 0 of every packed graph: most optional fields are empty. */
const EMPTY = 0;

export class Packer {
  /** Strings that repeat (enum values, node ids as endpoints, sectors…) are stored once. */
  private readonly refs = new Map<string, number>([['', EMPTY]]);
  private readonly parts: string[] = [''];
  private readonly ends: number[] = [0];
  private end = 0;
  /** How many strings earlier parts of the graph (packed with this packer) gave out. */
  private given = 0;

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

  /**
   * The strings stored since the last call, back to back, each ending at its `ends` entry, and the
   * number of the first: a part packed after another with the same packer carries only its own
   * strings, and refers to the earlier part's by their numbers.
   */
  strings(): { text: string; ends: Uint32Array; first: number } {
    const first = this.given;
    const base = first === 0 ? 0 : (this.ends[first - 1] as number);
    this.given = this.parts.length;
    return {
      text: this.parts.slice(first).join(''),
      ends: Uint32Array.from(this.ends.slice(first), (end) => end - base),
      first,
    };
  }
}

/** Reads one column in element order: each call gives the next element's value. */
export type Reader<T> = () => T;

/**
 * A typed array that grows as values are pushed: every column of a store is written straight into
 * it, one after another, so packing builds no plain arrays to copy into typed ones at the end.
 */
export class Column<A extends Uint32Array | Float64Array> {
  length = 0;

  constructor(
    private array: A,
    private readonly create: (size: number) => A,
  ) {}

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = this.create(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }

  /** The values pushed, in an array of their own (its buffer can be transferred). */
  values(): A {
    return this.array.slice(0, this.length) as A;
  }
}

export const intColumn = (capacity: number): Column<Uint32Array> =>
  new Column(new Uint32Array(Math.max(capacity, 16)), (size) => new Uint32Array(size));
export const numberColumn = (capacity: number): Column<Float64Array> =>
  new Column(new Float64Array(Math.max(capacity, 16)), (size) => new Float64Array(size));

/** How one field is packed into a column and read back. */
export interface Codec<Element, T> {
  store: 'ints' | 'numbers';
  pack: (items: readonly Element[], packer: Packer, into: Column<Uint32Array | Float64Array>) => void;
  read: (column: Uint32Array | Float64Array, strings: readonly string[]) => Reader<T>;
  /** The value of a field left out by a projection. */
  absent: () => T;
}

const shared = <E, T extends string>(get: (element: E) => T): Codec<E, T> => ({
  store: 'ints',
  pack: (items, packer, into) => {
    for (let index = 0; index < items.length; index++) into.push(packer.shared(get(items[index] as E)));
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
    for (let index = 0; index < items.length; index++) into.push(packer.unique(get(items[index] as E)));
  },
});

const list = <E>(get: (element: E) => readonly string[]): Codec<E, string[]> => ({
  store: 'ints',
  pack: (items, packer, into) => {
    for (let index = 0; index < items.length; index++) {
      const values = get(items[index] as E);
      into.push(values.length);
      for (let at = 0; at < values.length; at++) into.push(packer.shared(values[at] as string));
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
    for (let index = 0; index < items.length; index++) into.push(get(items[index] as E) ? 1 : 0);
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
    for (let index = 0; index < items.length; index++) into.push(get(items[index] as E) ?? NaN);
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
    for (let index = 0; index < items.length; index++) {
      const values = get(items[index] as E);
      // Most rows have none: the shared empty object needs no Object.keys.
      if (values === NO_ATTRIBUTES) {
        into.push(0);
        continue;
      }
      const names = Object.keys(values);
      into.push(names.length);
      for (const name of names) {
        into.push(packer.shared(name));
        into.push(packer.unique(values[name] as string));
      }
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
export type Codecs<Element> = { [K in keyof Element]-?: Codec<Element, Element[K]> };

export const NODE_CODECS: Codecs<GraphNode> = {
  // Node ids are looked up (edges name them again as endpoints); most names equal the id.
  id: shared((node) => node.id),
  name: {
    ...unique((node: GraphNode) => node.name),
    pack: (nodes, packer, into) => {
      for (let index = 0; index < nodes.length; index++) {
        const { id, name } = nodes[index] as GraphNode;
        into.push(name === id ? packer.shared(id) : packer.unique(name));
      }
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

export const EDGE_CODECS: Codecs<GraphEdge> = {
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
