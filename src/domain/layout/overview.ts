import type { LayoutDefinition } from './definition';

/**
 * The overview is force-directed, which needs the drawn map (node sizes, fcose, or ForceAtlas2 in a
 * worker on big maps): the map plans it itself.
 */
export const overviewLayout: LayoutDefinition<'overview'> = {
  id: 'overview',
  labelKey: 'layout.overview',
  needsSelection: false,
  plan: () => null,
};
