/**
 * How a group and a merged edge look, from the legend model: one definition for the map and
 * the SVG export, so the file shows what the screen shows.
 */
import {
  AWARD_STYLES,
  NO_SECTOR_COLOR,
  RELATION_STYLES,
  ringOf,
  type EdgeVisual,
  type Legend,
  type NodeVisual,
} from '../legend';
import type { GroupEdge, GroupedView, GroupNode } from './groupedView';

/** A group grows with the square root of its members, so area tracks the count. */
const groupSize = (memberCount: number): number => Math.min(160, 36 + 9 * Math.sqrt(memberCount));

/** Wider with the log of the edges merged, so a few hundred do not drown the map. */
const groupEdgeWidth = (count: number): number => Math.min(12, 1 + Math.log2(count));

/** A circle in its chain's colour, ringed by the highest award a member holds. */
export const groupNodeVisual = (group: GroupNode, legend: Legend): NodeVisual => {
  const color = legend.sectorColors.get(group.chainId) ?? NO_SECTOR_COLOR;
  const award = AWARD_STYLES[group.topAwardLevel];
  const size = groupSize(group.memberCount);
  return {
    shape: 'ellipse',
    color,
    colors: [color],
    ...ringOf(award),
    size,
    width: size,
  };
};

/** Solid, in the dominant relation's colour; the arrow shows the main flow only when it runs source → target. */
export const groupEdgeVisual = (edge: GroupEdge, legend: Legend): EdgeVisual => {
  const style = legend.relationStyles.get(edge.dominantRelation) ?? RELATION_STYLES.related;
  return {
    lineStyle: 'solid',
    color: style.color,
    width: groupEdgeWidth(edge.count),
    arrow: edge.forwardCount > edge.backwardCount ? style.arrow : 'none',
  };
};

/** The heaviest merged edge of a view: merged edges are drawn by their weight against it. */
export const heaviestMergedEdge = (edges: GroupedView['edges']): number =>
  edges.reduce((max, item) => (item.kind === 'group' ? Math.max(max, item.count) : max), 1);

/**
 * How strongly a merged edge is drawn: by its count against the view's biggest, on a log scale, so
 * a few strong ties between groups stand out of the hundreds of single ones. Rounded to 0.01.
 */
const MERGED_EDGE_OPACITY = { min: 0.12, max: 0.9 };
export const mergedEdgeOpacity = (count: number, maxCount: number): number => {
  const { min, max } = MERGED_EDGE_OPACITY;
  const opacity = maxCount <= 1 ? max : min + (max - min) * (Math.log(count) / Math.log(maxCount));
  return Math.round(100 * opacity) / 100;
};
