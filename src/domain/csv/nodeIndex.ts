import type { GraphNode } from '../graph/types';

/** Several nodes share the name looked up, and none has it as id. */
export const AMBIGUOUS = null;

/** The id of the node found (the value itself when it is an id), AMBIGUOUS, or undefined when none. */
export type NodeMatch = string | typeof AMBIGUOUS | undefined;

/** Finds a node of a set by its id, or else by a name that no other node of the set has. */
export class NodeIndex {
  private readonly ids = new Set<string>();
  /** Name → id, or AMBIGUOUS. */
  private readonly names = new Map<string, string | typeof AMBIGUOUS>();

  constructor(nodes: Iterable<GraphNode>) {
    for (const node of nodes) {
      this.ids.add(node.id);
      this.names.set(node.name, this.names.has(node.name) ? AMBIGUOUS : node.id);
    }
  }

  find(value: string): NodeMatch {
    return this.ids.has(value) ? value : this.names.get(value);
  }
}
