/**
 * The ids a filter pass left visible, answered straight from its per-position flags: building a
 * real Set would hash up to 200k ids on every filter change, which alone costs about 100 ms.
 */
export class VisibleIds implements ReadonlySet<string> {
  readonly size: number;
  readonly #elements: readonly { id: string }[];
  readonly #positionOf: ReadonlyMap<string, number>;
  readonly #visible: Uint8Array;

  /** `visible[i]` is 1 when `elements[i]` is visible; `positionOf` maps each id to its i. */
  constructor(
    elements: readonly { id: string }[],
    positionOf: ReadonlyMap<string, number>,
    visible: Uint8Array,
  ) {
    this.#elements = elements;
    this.#positionOf = positionOf;
    this.#visible = visible;
    this.size = visible.reduce((count, flag) => count + flag, 0);
  }

  has(id: string): boolean {
    const position = this.#positionOf.get(id);
    return position !== undefined && this.#visible[position] === 1;
  }

  *values(): SetIterator<string> {
    for (let i = 0; i < this.#elements.length; i++) {
      const element = this.#elements[i];
      if (element && this.#visible[i] === 1) yield element.id;
    }
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.values()) callback.call(thisArg, id, id, this);
  }
}
