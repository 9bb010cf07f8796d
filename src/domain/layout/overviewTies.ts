/** A node as the overview's springs see it: its type, the segment it names, the chains it is in. */
export interface TieNode {
  id: string;
  type: string;
  segment: string;
  sectors: readonly string[];
}

/**
 * Springs the overview adds for what a file states in columns rather than as edges: a node to the
 * segment node its `segment` column names (else to the chain nodes its `sector` names), a segment
 * to its chain. Without them a node tied by columns only is an isolated node, packed away in a
 * corner with the others, and its segment's outline stretches across the map to reach it. No
 * spring where an edge already ties the two; none to a node not drawn.
 */
export const overviewTies = (
  nodes: readonly TieNode[],
  tied: (a: string, b: string) => boolean,
): [from: string, to: string][] => {
  const typeOf = new Map(nodes.map((node) => [node.id, node.type]));
  const ties: [string, string][] = [];
  for (const node of nodes) {
    const inSegment = node.type !== 'segment' && typeOf.get(node.segment) === 'segment';
    const targets = inSegment ? [node.segment] : node.sectors.filter((id) => typeOf.get(id) === 'chain');
    for (const target of targets) {
      if (target !== node.id && !tied(node.id, target)) ties.push([node.id, target]);
    }
  }
  return ties;
};
