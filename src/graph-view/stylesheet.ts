import type { StylesheetJson } from 'cytoscape';
import { MAX_PIE_SLICES } from './elements';
import { CHANGE_STYLE, OUTSIDE_OUTLINE, RING_SEPARATOR } from '../domain/legend';
import { SEGMENT_MEMBER_CLASS } from './SegmentOutlines';

export const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const pieSlices = Object.fromEntries(
  Array.from({ length: MAX_PIE_SLICES }, (_, index) => [
    [`pie-${index + 1}-background-color`, `data(pie${index + 1})`],
    [`pie-${index + 1}-background-size`, `data(pie${index + 1}Size)`],
  ]).flat(),
);

/** Up to this many drawn elements every label is drawn at any zoom; above it small labels give way. */
export const ALL_LABELS_ELEMENT_LIMIT = 600;
/**
 * Above this many drawn elements no label is drawn but those asked for (selected, hovered,
 * highlighted, groups): measuring and caching tens of thousands of labels costs seconds, and at
 * that scale they would cover one another anyway.
 */
export const NO_LABELS_ELEMENT_LIMIT = 8000;

export interface StylePolicy {
  /** Every label at any zoom (a small map), only those big enough on screen, or only those asked for (a big map). */
  labels: 'all' | 'zoomed' | 'asked';
  /** Text size factor: larger on a projector. */
  textScale: number;
  /**
   * Chain lanes: a fitted map of lanes is zoomed far out, so a node's label shows only once it is
   * readable (LANE_LABEL_MIN_PX on screen), and the lane overlay names the segments instead.
   */
  lanes: boolean;
}

/** The smallest a node label is drawn on screen in the chain lanes, in pixels. */
export const LANE_LABEL_MIN_PX = 10;

export const labelsFor = (drawnElements: number): StylePolicy['labels'] =>
  drawnElements <= ALL_LABELS_ELEMENT_LIMIT
    ? 'all'
    : drawnElements <= NO_LABELS_ELEMENT_LIMIT
      ? 'zoomed'
      : 'asked';

/** The last update's changes (data `change`, see changeElements.ts), as the legend lists them. */
const changeStyles: StylesheetJson = [
  {
    selector: 'node[change = "added"]',
    style: {
      'underlay-color': CHANGE_STYLE.added.color,
      'underlay-opacity': 0.55,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'node[change = "changed"]',
    style: { 'border-color': CHANGE_STYLE.changed.color, 'border-width': 4, 'border-style': 'dashed' },
  },
  {
    selector: 'node[change = "contains"]',
    style: { 'border-color': CHANGE_STYLE.contains.color, 'border-width': 7, 'border-style': 'double' },
  },
  {
    selector: 'node[change = "removed"]',
    style: {
      opacity: CHANGE_STYLE.removed.opacity,
      'background-color': '#ffffff',
      'pie-size': '0%',
      'border-color': CHANGE_STYLE.removed.color,
      'border-width': 2.5,
      'border-style': 'dashed',
      'outline-width': 0,
    },
  },
  {
    selector: 'edge[change = "added"]',
    style: { 'underlay-color': CHANGE_STYLE.added.color, 'underlay-opacity': 0.5, 'underlay-padding': 4 },
  },
  {
    selector: 'edge[change = "changed"]',
    style: { 'underlay-color': CHANGE_STYLE.changed.color, 'underlay-opacity': 0.45, 'underlay-padding': 4 },
  },
  {
    selector: 'edge[change = "removed"]',
    style: {
      opacity: CHANGE_STYLE.removed.opacity,
      'line-color': CHANGE_STYLE.removed.color,
      'target-arrow-color': CHANGE_STYLE.removed.color,
      'line-style': 'dashed',
    },
  },
];

/** After the label policy's sizes, before the states that always show a label (selected, focused…). */
const laneStyles: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': LANE_LABEL_MIN_PX } },
  { selector: 'node[type = "segment"]', style: { 'text-opacity': 0 } },
];

/**
 * Every visual value comes from the element's data, which the legend model fills; this sheet only
 * says how data maps to cytoscape properties and how states (selected, faded…) look.
 */
export const buildStylesheet = ({ labels, textScale, lanes }: StylePolicy): StylesheetJson => {
  const size = (px: number) => Math.round(px * textScale);
  const allLabels = labels === 'all';
  const body = {
    shape: 'data(shape)' as never,
    'background-color': 'data(color)',
    // The award ring is the outline, kept off the chain colour by a dark border (domain/legend RING_SEPARATOR).
    'border-color': RING_SEPARATOR.color,
    'border-width': 'data(separatorWidth)',
    'outline-color': 'data(ringColor)',
    'outline-width': 'data(ringWidth)',
    width: 'data(width)',
    height: 'data(height)',
  };
  const text = {
    label: 'data(label)',
    'font-family': FONT_STACK,
    'font-size': size(14),
    color: '#1d2733',
    'text-valign': 'bottom',
    'text-margin-y': 4,
    'text-outline-color': '#ffffff',
    'text-outline-width': 2.5,
    'text-wrap': 'ellipsis',
    'text-max-width': '160px',
    // Labels vanish when they would be drawn smaller than this on screen, so a zoomed-out map stays clean.
    'min-zoomed-font-size': allLabels ? 0 : 9,
  } as const;
  // Every property costs a style pass per node: on a big map the nodes get their body only, and
  // text goes to the few that show a label.
  const nodes: StylesheetJson =
    labels === 'asked'
      ? [
          { selector: 'node', style: body },
          { selector: 'node:selected, node.emphasis, node.decorated, node[?isGroup]', style: text },
        ]
      : [
          {
            selector: 'node',
            style: { ...body, ...text, 'transition-property': 'opacity', 'transition-duration': 150 },
          },
          {
            selector: 'node[level = "national"], node[type = "chain"]',
            style: {
              'font-size': size(17),
              'font-weight': 'bold',
              'min-zoomed-font-size': allLabels ? 0 : 5,
            },
          },
          {
            selector: 'node[level = "provincial"], node[type = "segment"]',
            style: { 'font-size': size(15), 'min-zoomed-font-size': allLabels ? 0 : 7 },
          },
        ];
  return [
    ...nodes,
    { selector: 'node[?pie]', style: { 'pie-size': '100%', ...pieSlices } },
    {
      selector: 'node[?outside]',
      style: { 'border-style': 'dashed', 'border-dash-pattern': [...OUTSIDE_OUTLINE.dash] },
    },
    {
      selector: 'node[?isGroup]',
      style: {
        'font-size': size(24),
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'text-max-width': '260px',
      },
    },
    {
      selector: 'node[type = "segment"]',
      style: { 'text-valign': 'center', 'text-margin-y': 0, color: '#1d2733' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.85,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'edge[opacity]', style: { opacity: 'data(opacity)' } },
    ...changeStyles,
    ...(lanes ? laneStyles : []),
    { selector: '.faded, .legend-faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: '.outside-layout', style: { display: 'none' } },
    { selector: '.decoration-faded', style: { opacity: 0.1, 'text-opacity': 0.15 } },
    {
      selector: 'node.decorated',
      style: {
        'underlay-color': '#0072B2',
        'underlay-opacity': 0.25,
        'underlay-padding': 8,
        'min-zoomed-font-size': 0,
        'z-index': 15,
      },
    },
    {
      selector: 'edge.decorated',
      style: {
        width: 5,
        'line-color': '#0072B2',
        'target-arrow-color': '#0072B2',
        opacity: 1,
        'z-index': 15,
      },
    },
    {
      // The members of the segment selected or under the pointer (SegmentOutlines.ts): a halo in their chain's colour.
      selector: `node.${SEGMENT_MEMBER_CLASS}`,
      style: {
        'underlay-color': 'data(color)',
        'underlay-opacity': 0.4,
        'underlay-padding': 7,
        'z-index': 12,
      },
    },
    { selector: 'node.emphasis', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
    { selector: 'edge.emphasis', style: { opacity: 1, 'z-index': 10 } },
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: '.filter-faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'edge:selected',
      style: {
        'overlay-color': '#0072B2',
        'overlay-opacity': 0.25,
        'overlay-padding': 4,
        opacity: 1,
        'z-index': 20,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#0072B2',
        'overlay-opacity': 0.18,
        'overlay-padding': 6,
        'min-zoomed-font-size': 0,
        'z-index': 20,
      },
    },
    {
      // The keyboard's focus ring: a dark halo under the node, wider than the selection's tint.
      selector: 'node.keyboard-focus',
      style: {
        'underlay-color': '#1D2733',
        'underlay-opacity': 0.55,
        'underlay-padding': 9,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
  ];
};
