/**
 * The visual language of DESIGN.md §3 as data: shape by type, colour by chain, ring by award level,
 * line by relation. Names are cytoscape's, so the map can copy them as they are.
 */
import type { AwardLevel, KnownRelation, NodeType, Relation } from '../graph/types';

export type NodeShape = 'ellipse' | 'diamond' | 'round-rectangle' | 'hexagon' | 'barrel';
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ArrowShape = 'triangle' | 'vee' | 'tee' | 'diamond' | 'circle' | 'square' | 'chevron' | 'none';

export interface TypeStyle {
  shape: NodeShape;
  /** Height in px before the award factor; also the width except for the segment bar. */
  size: number;
  /** Width over height: segments are drawn as wide bars. */
  aspect: number;
}

export const TYPE_STYLES: Readonly<Record<NodeType, TypeStyle>> = {
  enterprise: { shape: 'ellipse', size: 28, aspect: 1 },
  university: { shape: 'diamond', size: 34, aspect: 1 },
  platform: { shape: 'round-rectangle', size: 32, aspect: 1 },
  chain: { shape: 'hexagon', size: 56, aspect: 1 },
  segment: { shape: 'barrel', size: 36, aspect: 2.4 },
};

export interface AwardStyle {
  /** null: no ring. */
  ringColor: string | null;
  ringWidth: number;
  /** Multiplies the type's size so higher honours stand out. */
  sizeFactor: number;
}

/**
 * The ring is drawn outside a thin dark line round the fill, so it never sits on a chain colour: each
 * ring colour keeps 3:1 against that line and against a white background (tested over the palette).
 * Gold is a dark goldenrod for that reason: the brighter #D4A017 vanished on the first chain orange.
 */
export const AWARD_STYLES: Readonly<Record<AwardLevel, AwardStyle>> = {
  national: { ringColor: '#B8860B', ringWidth: 5, sizeFactor: 1.6 },
  provincial: { ringColor: '#8A8D91', ringWidth: 4, sizeFactor: 1.35 },
  municipal: { ringColor: '#B0713A', ringWidth: 3, sizeFactor: 1.15 },
  none: { ringColor: null, ringWidth: 0, sizeFactor: 1 },
};

/** Between a node's fill and its award ring. */
export const RING_SEPARATOR = { color: '#1D2733', width: 1.5 } as const;

/**
 * An outside (外地) node: its dark line round the fill is drawn thicker and dashed, whether it has a
 * ring or not. In the gaps the background shows, so a ring still only meets the dark line or the
 * background, the two colours its contrast is tested against.
 */
export const OUTSIDE_OUTLINE = { width: 2.5, dash: [6, 4] } as const;

/** The map and the exports are drawn on (near) white: the colour outside a ring at its hardest. */
export const RING_BACKGROUND = '#FFFFFF';

/**
 * Okabe–Ito first (its black swapped for indigo: black fills hide labels and rings), then eight
 * colours picked to stay apart from those and from each other for deuteranopes and protanopes too:
 * every pair, and each against the no-chain grey, differs by CIEDE2000 ≥ 10 with normal vision and
 * in Machado's dichromat simulation (tests/domain/legend/paletteVision.test.ts). Paul Tol's muted set,
 * used here before, fell to 3.5 for a deuteranope (#CC79A7 against #44AA99).
 */
export const SECTOR_PALETTE: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#332288',
  '#882222',
  '#883355',
  '#88DD99',
  '#3388FF',
  '#AA5544',
  '#1100EE',
  '#FF2266',
  '#55DDEE',
];

/** Lighter than the silver ring so a provincial ring still shows on a node with no sector. */
export const NO_SECTOR_COLOR = '#BDBDBD';

/** The palette's colours in turn, then hues a golden angle apart, so any number of keys get distinct colours. */
export const paletteColor = (palette: readonly string[], index: number): string =>
  palette[index] ?? hslToHex(((index - palette.length) * 137.508) % 360, 0.55, 0.5);

const hslToHex = (hue: number, saturation: number, lightness: number): string => {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = lightness - (chroma / 2) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
};

export interface RelationStyle {
  lineStyle: LineStyle;
  color: string;
  width: number;
  /** Drawn at the target when the edge is directed. */
  arrow: ArrowShape;
}

/**
 * Colours and widths differ per relation as well as line styles, because cytoscape's WebGL
 * renderer draws every edge solid.
 */
export const RELATION_STYLES: Readonly<Record<KnownRelation, RelationStyle>> = {
  supply: { lineStyle: 'solid', color: '#3A4A6B', width: 2.5, arrow: 'triangle' },
  cooperation: { lineStyle: 'dashed', color: '#2A9D8F', width: 2, arrow: 'triangle' },
  research: { lineStyle: 'dotted', color: '#7B3FA0', width: 2, arrow: 'triangle' },
  incubation: { lineStyle: 'solid', color: '#C0392B', width: 2, arrow: 'vee' },
  investment: { lineStyle: 'solid', color: '#8C6D1F', width: 2, arrow: 'diamond' },
  membership: { lineStyle: 'solid', color: '#CFCFCF', width: 1, arrow: 'chevron' },
  service: { lineStyle: 'dashed', color: '#3E8ED0', width: 1.5, arrow: 'circle' },
  alliance: { lineStyle: 'solid', color: '#E07B39', width: 3.5, arrow: 'square' },
  related: { lineStyle: 'solid', color: '#9E9E9E', width: 1, arrow: 'triangle' },
};

/** Custom relations: dashed, in colours none of the known relations use. */
export const CUSTOM_RELATION_COLORS: readonly string[] = [
  '#A6761D',
  '#E7298A',
  '#66A61E',
  '#1F78B4',
  '#B15928',
  '#6A3D9A',
  '#1B7837',
  '#762A83',
];

export const isKnownRelation = (relation: Relation): relation is KnownRelation =>
  Object.hasOwn(RELATION_STYLES, relation);

export const customRelationStyle = (color: string): RelationStyle => ({
  lineStyle: 'dashed',
  color,
  width: 1.5,
  arrow: 'triangle',
});
