import type { LayoutDefinition } from './definition';
import { hasPresetPositions } from './geometry';

/** The positions written in nodes.csv (or saved by dragging); offered only when every node has one. */
export const presetLayout: LayoutDefinition<'preset'> = {
  id: 'preset',
  labelKey: 'layout.preset',
  needsSelection: false,
  available: hasPresetPositions,
  plan: ({ graph }) =>
    graph.nodes.every((node) => node.x !== undefined && node.y !== undefined)
      ? {
          positions: new Map(graph.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])),
          members: null,
        }
      : null,
};
