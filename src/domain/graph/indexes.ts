/** Lookups and orderings several domain modules share, so legend, layouts and search agree. */
import {
  AWARD_LEVELS,
  KNOWN_RELATIONS,
  NODE_TYPES,
  type AwardLevel,
  type GraphNode,
  type NodeType,
  type Relation,
} from './types';

export const indexNodesById = <N extends Pick<GraphNode, 'id'>>(nodes: readonly N[]): Map<string, N> =>
  new Map(nodes.map((node) => [node.id, node]));

/** Known relations in contract order, then custom ones after them. */
export const relationRank = (relation: Relation): number => {
  const index = (KNOWN_RELATIONS as readonly string[]).indexOf(relation);
  return index === -1 ? KNOWN_RELATIONS.length : index;
};

/** Custom relations sort by value among themselves so their order does not depend on file order. */
export const compareRelations = (a: Relation, b: Relation): number =>
  relationRank(a) - relationRank(b) || compareCodeUnits(a, b);

export const typeRank = (type: NodeType): number => NODE_TYPES.indexOf(type);

/** 0 for national, rising as the level falls. */
export const awardRank = (level: AwardLevel): number => AWARD_LEVELS.indexOf(level);

/** Plain code-unit order: identical on every machine, whatever its locale. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * By name, then by id so equal names still get one fixed order. Code units, not a pinyin collator:
 * Intl.Collator is several times slower, too slow for sorting 50k nodes within a frame budget.
 */
export const compareByName = (a: GraphNode, b: GraphNode): number =>
  compareCodeUnits(a.name, b.name) || compareCodeUnits(a.id, b.id);

/** The sectors a node is coloured and grouped by: a chain node belongs to its own chain. */
export const sectorsOf = (node: GraphNode): string[] =>
  node.type === 'chain' ? [...new Set([node.id, ...node.sectors])] : node.sectors;
