/**
 * One model for the map's styles and the legend panel: what is present, how it looks, how many.
 * Colours are assigned over the whole graph, so filtering never repaints a chain.
 */
import { compareCodeUnits, compareRelations, indexNodesById, sectorsOf } from '../graph/indexes';
import {
  AWARD_LEVELS,
  DIRECTED_RELATIONS,
  KNOWN_RELATIONS,
  NODE_TYPES,
  type AwardLevel,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type NodeType,
  type Relation,
} from '../graph/types';
import {
  AWARD_STYLES,
  CUSTOM_RELATION_COLORS,
  NO_SECTOR_COLOR,
  RELATION_STYLES,
  RING_BACKGROUND,
  OUTSIDE_OUTLINE,
  RING_SEPARATOR,
  SECTOR_PALETTE,
  TYPE_STYLES,
  customRelationStyle,
  isKnownRelation,
  paletteColor,
  type ArrowShape,
  type AwardStyle,
  type LineStyle,
  type NodeShape,
  type RelationStyle,
} from './styles';

export interface VisibleElements {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export interface NodeTypeEntry {
  type: NodeType;
  shape: NodeShape;
  count: number;
}

export interface SectorEntry {
  /** A chain node's id, or a sector value that names no chain as written; null for nodes with no sector. */
  sector: string | null;
  /** The chain node's name (the value itself when no chain has it); '' for the no-sector entry. */
  name: string;
  color: string;
  /** A node in several sectors counts in each. */
  count: number;
}

export interface AwardEntry extends AwardStyle {
  level: AwardLevel;
  count: number;
}

export interface RelationEntry extends RelationStyle {
  relation: Relation;
  /** Whether the contract draws this relation with an arrow; `arrow` is 'none' when it does not. */
  directed: boolean;
  count: number;
}

export interface Legend {
  /** Contract order. */
  nodeTypes: NodeTypeEntry[];
  /** Colour order (chain ids sorted), the no-sector entry last. */
  sectors: SectorEntry[];
  /** Highest level first. */
  awardLevels: AwardEntry[];
  /** Contract order, custom relations after, sorted. */
  relations: RelationEntry[];
  /** Outside (外地) nodes shown: drawn with a dashed outline (OUTSIDE_OUTLINE). */
  outside: number;
  /** Every sector in the graph, visible or not, to its colour. */
  sectorColors: ReadonlyMap<string, string>;
  /** Every relation in the graph to its style; custom relations each get their own colour. */
  relationStyles: ReadonlyMap<Relation, RelationStyle>;
}

/** `visible` restricts the counts (and so the entries) to what the map shows; absent means everything. */
export const buildLegend = (graph: Graph, visible?: VisibleElements): Legend => {
  const sectorColors = assignSectorColors(graph.nodes);
  const relationStyles = assignRelationStyles(graph.edges);
  const nodes = visible ? graph.nodes.filter((node) => visible.nodeIds.has(node.id)) : graph.nodes;
  const edges = visible ? graph.edges.filter((edge) => visible.edgeIds.has(edge.id)) : graph.edges;

  const typeCounts = countBy(nodes, (node) => [node.type]);
  const levelCounts = countBy(nodes, (node) => [node.awardLevel]);
  const sectorCounts = countBy(nodes, (node) => {
    const sectors = sectorsOf(node);
    return sectors.length > 0 ? sectors : [null];
  });
  const relationCounts = countBy(edges, (edge) => [edge.relation]);
  const nodesById = indexNodesById(graph.nodes);

  return {
    nodeTypes: present(NODE_TYPES, typeCounts).map(({ key, count }) => ({
      type: key,
      shape: TYPE_STYLES[key].shape,
      count,
    })),
    sectors: present([...sectorColors.keys(), null], sectorCounts).map(({ key, count }) => ({
      sector: key,
      name: key === null ? '' : (nodesById.get(key)?.name ?? key),
      color: key === null ? NO_SECTOR_COLOR : (sectorColors.get(key) ?? NO_SECTOR_COLOR),
      count,
    })),
    awardLevels: present(AWARD_LEVELS, levelCounts).map(({ key, count }) => ({
      level: key,
      ...AWARD_STYLES[key],
      count,
    })),
    relations: present([...relationStyles.keys()], relationCounts).map(({ key, count }) => {
      const directed = DIRECTED_RELATIONS.has(key);
      const style = relationStyles.get(key) ?? RELATION_STYLES.related;
      return { relation: key, ...style, arrow: directed ? style.arrow : 'none', directed, count };
    }),
    outside: nodes.reduce((count, node) => count + Number(node.locality === 'outside'), 0),
    sectorColors,
    relationStyles,
  };
};

/** Chains sorted by id take the palette first; sector values naming no chain follow, sorted too. */
const assignSectorColors = (nodes: readonly GraphNode[]): Map<string, string> => {
  const chainIds = nodes
    .filter((node) => node.type === 'chain')
    .map((node) => node.id)
    .sort(compareCodeUnits);
  const chainSet = new Set(chainIds);
  const orphanSectors = [...new Set(nodes.flatMap((node) => node.sectors))]
    .filter((sector) => !chainSet.has(sector))
    .sort(compareCodeUnits);
  return new Map(
    [...chainIds, ...orphanSectors].map((sector, index) => [sector, paletteColor(SECTOR_PALETTE, index)]),
  );
};

const assignRelationStyles = (edges: readonly GraphEdge[]): Map<Relation, RelationStyle> => {
  const relations = [...new Set<Relation>([...KNOWN_RELATIONS, ...edges.map((edge) => edge.relation)])].sort(
    compareRelations,
  );
  let customIndex = 0;
  return new Map(
    relations.map((relation) => {
      const style = isKnownRelation(relation)
        ? RELATION_STYLES[relation]
        : customRelationStyle(paletteColor(CUSTOM_RELATION_COLORS, customIndex++));
      return [relation, style];
    }),
  );
};

const countBy = <T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, number> => {
  const counts = new Map<K, number>();
  for (const item of items) for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** The keys, in the given order, that occur at least once. */
const present = <K>(keys: readonly K[], counts: ReadonlyMap<K, number>): { key: K; count: number }[] =>
  keys.flatMap((key) => {
    const count = counts.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });

export interface NodeVisual {
  shape: NodeShape;
  /** The first sector's colour: the fill when one colour is drawn. */
  color: string;
  /** One colour per sector (at least one), for pie slices on multi-sector nodes. */
  colors: string[];
  /** null: no ring. */
  ringColor: string | null;
  ringWidth: number;
  /** The dark line round the fill, between it and the ring (RING_SEPARATOR); 0 without a ring unless outside. */
  separatorWidth: number;
  /** An outside (外地) node: the dark line is dashed (OUTSIDE_OUTLINE). */
  outside: boolean;
  /** Height in px. */
  size: number;
  /** Width in px: equal to size except for the wide segment bar. */
  width: number;
}

export const nodeVisual = (node: GraphNode, legend: Legend): NodeVisual => {
  const typeStyle = TYPE_STYLES[node.type];
  const award = AWARD_STYLES[node.awardLevel];
  const sectorColors = sectorsOf(node).map((sector) => legend.sectorColors.get(sector) ?? NO_SECTOR_COLOR);
  const colors = sectorColors.length > 0 ? sectorColors : [NO_SECTOR_COLOR];
  const size = typeStyle.size * award.sizeFactor;
  const outside = node.locality === 'outside';
  const ring = ringOf(award);
  return {
    shape: typeStyle.shape,
    color: colors[0] ?? NO_SECTOR_COLOR,
    colors,
    ...ring,
    separatorWidth: outside ? OUTSIDE_OUTLINE.width : ring.separatorWidth,
    outside,
    size,
    width: size * typeStyle.aspect,
  };
};

/** The ring fields of a node's look: the award's ring, with the separating line only where a ring is drawn. */
export const ringOf = (
  award: AwardStyle,
): Pick<NodeVisual, 'ringColor' | 'ringWidth' | 'separatorWidth' | 'outside'> => ({
  outside: false,
  ringColor: award.ringColor,
  ringWidth: award.ringWidth,
  separatorWidth: award.ringColor === null ? 0 : RING_SEPARATOR.width,
});

/** How far the ring reaches past the node's outline: the outer half of the separating line, then the ring. */
export const ringExtent = (visual: NodeVisual): number =>
  visual.ringColor === null ? 0 : visual.separatorWidth / 2 + visual.ringWidth;

/** The colours drawn right inside and right outside a node's ring (none without a ring). */
export const colorsBesideRing = (visual: NodeVisual): string[] =>
  visual.ringColor === null
    ? []
    : [visual.separatorWidth > 0 ? RING_SEPARATOR.color : visual.color, RING_BACKGROUND];

export interface EdgeVisual {
  lineStyle: LineStyle;
  color: string;
  width: number;
  /** At the target; 'none' for an undirected edge. */
  arrow: ArrowShape;
}

/** Direction follows the edge's own flag (a Gephi `Type` column may override the relation's default). */
export const edgeVisual = (edge: GraphEdge, legend: Legend): EdgeVisual => {
  const style = legend.relationStyles.get(edge.relation) ?? RELATION_STYLES.related;
  return {
    lineStyle: style.lineStyle,
    color: style.color,
    width: style.width,
    arrow: edge.directed ? style.arrow : 'none',
  };
};
