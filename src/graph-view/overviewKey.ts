import { overviewTies, type TieNode } from '../domain/layout';

/** A drawn node as the overview's result depends on it: its springs' fields and the size its data gives it. */
export interface KeyNode extends TieNode {
  width: number;
  height: number;
  separatorWidth: number;
}

/** The overview's springs between the drawn nodes (domain/layout/overviewTies.ts): none where an edge ties the two already. */
export const overviewTiesOf = (
  nodes: readonly TieNode[],
  edges: readonly { source: string; target: string }[],
): [string, string][] => {
  const tied = new Set(edges.flatMap(({ source, target }) => [`${source} ${target}`, `${target} ${source}`]));
  return overviewTies(nodes, (a, b) => tied.has(`${a} ${b}`));
};

/**
 * Everything the overview's result depends on besides its fixed options: the drawn nodes in order
 * with their sizes, the edges in order and the springs. Equal keys, equal overviews. Read from the
 * elements' data, not cytoscape's style, so the first picture can check it before cytoscape starts.
 */
export const overviewKeyOf = (
  nodes: readonly KeyNode[],
  edges: readonly { source: string; target: string }[],
): string => {
  const sized = nodes.map((node) => `${node.id} ${node.width} ${node.height} ${node.separatorWidth}`);
  const ends = edges.map((edge) => `${edge.source} ${edge.target}`);
  const ties = overviewTiesOf(nodes, edges).map(([from, to]) => `${from} ${to}`);
  return `${sized.join('\n')}\n\n${ends.join('\n')}\n\n${ties.join('\n')}`;
};

/** A node element's data as the key reads it (elements.ts nodeData). */
export const keyNodeOf = (data: Record<string, unknown>): KeyNode => ({
  id: String(data['id']),
  type: String(data['type']),
  segment: String(data['segment'] ?? ''),
  sectors: String(data['sectors'] ?? '').split('|'),
  width: Number(data['width']),
  height: Number(data['height']),
  separatorWidth: Number(data['separatorWidth']),
});
