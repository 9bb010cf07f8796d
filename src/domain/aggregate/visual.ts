/**
 * How an aggregate and a merged edge look, from the legend model: one definition for the map and
 * the SVG export, so the file shows what the screen shows.
 */
import { AWARD_STYLES, NO_SECTOR_COLOR, RELATION_STYLES, type EdgeVisual, type Legend, type NodeVisual } from '../legend';
import type { AggregateEdge, AggregateNode } from './aggregate';

/** An aggregate grows with the square root of its members, so area tracks the count. */
const aggregateSize = (memberCount: number): number => Math.min(160, 36 + 9 * Math.sqrt(memberCount));

/** Wider with the log of the edges merged, so a few hundred do not drown the map. */
const aggregateEdgeWidth = (count: number): number => Math.min(12, 1 + Math.log2(count));

/** A circle in its chain's colour, ringed by the highest award a member holds. */
export const aggregateNodeVisual = (aggregate: AggregateNode, legend: Legend): NodeVisual => {
  const color = legend.sectorColors.get(aggregate.chainId) ?? NO_SECTOR_COLOR;
  const award = AWARD_STYLES[aggregate.topAwardLevel];
  const size = aggregateSize(aggregate.memberCount);
  return { shape: 'ellipse', color, colors: [color], ringColor: award.ringColor, ringWidth: award.ringWidth, size, width: size };
};

/** Solid, in the dominant relation's colour; the arrow shows the main flow only when it runs source → target. */
export const aggregateEdgeVisual = (edge: AggregateEdge, legend: Legend): EdgeVisual => {
  const style = legend.relationStyles.get(edge.dominantRelation) ?? RELATION_STYLES.related;
  return {
    lineStyle: 'solid',
    color: style.color,
    width: aggregateEdgeWidth(edge.count),
    arrow: edge.forwardCount > edge.backwardCount ? style.arrow : 'none',
  };
};
