import type { GraphNode } from '../graph/types';

/** Several nodes share the name looked up, and none has it as id. */
export const AMBIGUOUS = null;

/** The id of the node found (the value itself when it is an id), AMBIGUOUS, or undefined when none. */
export type NodeMatch = string | typeof AMBIGUOUS | undefined;

/**
 * Finds a node of a set by its id, or else by a name that no other node of the set has. The id
 * found is the node's own string, not the cell's equal copy: every edge then shares it, and a later
 * lookup by it (packing the graph, indexing it) finds its hash already computed.
 */
export class NodeIndex {
  /** Id → the node's id string. */
  private readonly ids = new Map<string, string>();
  /** Name → id, or AMBIGUOUS; built on the first lookup that is not an id, as most are. */
  private names: Map<string, string | typeof AMBIGUOUS> | undefined;

  constructor(private readonly nodes: readonly GraphNode[]) {
    for (const node of nodes) this.ids.set(node.id, node.id);
  }

  find(value: string): NodeMatch {
    return this.ids.get(value) ?? this.byName().get(value);
  }

  private byName(): Map<string, string | typeof AMBIGUOUS> {
    if (!this.names) {
      this.names = new Map();
      for (const { id, name } of this.nodes) this.names.set(name, this.names.has(name) ? AMBIGUOUS : id);
    }
    return this.names;
  }
}
