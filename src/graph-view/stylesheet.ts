import type { StylesheetJson } from 'cytoscape';

const FONT_STACK = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export const buildStylesheet = (): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'background-color': '#7a8a99',
      width: 22,
      height: 22,
    },
  },
  { selector: 'edge', style: { width: 1.2, 'line-color': '#b8c2cc', 'curve-style': 'bezier' } },
  { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c2cc' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0072B2' } },
];
