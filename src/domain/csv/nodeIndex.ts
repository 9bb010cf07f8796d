import type { GraphNode } from '../graph/types';

export type NodeMatch = { id: string; byName: boolean } | 'ambiguous' | undefined;

/** Finds a node of a set by its id, or else by a name that no other node of the set has. */
export class NodeIndex {
  private readonly ids = new Set<string>();
  /** Name → id; null when several nodes share the name. */
  private readonly names = new Map<string, string | null>();

  constructor(nodes: Iterable<GraphNode>) {
    for (const node of nodes) this.add(node);
  }

  add(node: GraphNode): void {
    this.ids.add(node.id);
    this.names.set(node.name, this.names.has(node.name) ? null : node.id);
  }

  find(value: string): NodeMatch {
    if (this.ids.has(value)) return { id: value, byName: false };
    const named = this.names.get(value);
    if (named === undefined) return undefined;
    return named === null ? 'ambiguous' : { id: named, byName: true };
  }
}
