/**
 * Every map layout, once: the switcher, the URL hash, stories, the store and the map all read this
 * list. Adding a layout: its own file (a LayoutDefinition), its label in src/i18n/features/layouts.ts,
 * and one line here (docs/architecture.md, "How to add a layout").
 */
import { lanesLayout } from './chainLanes';
import type { LayoutDefinition } from './definition';
import type { Depth } from './depth';
import { circleLayout } from './enterpriseCircle';
import { overviewLayout } from './overview';
import { presetLayout } from './preset';

/** In the switcher's order. */
export const LAYOUTS = [overviewLayout, circleLayout, lanesLayout, presetLayout] as const;

export type LayoutName = (typeof LAYOUTS)[number]['id'];

export const LAYOUT_NAMES: readonly LayoutName[] = LAYOUTS.map((layout) => layout.id);

const byName = Object.fromEntries(LAYOUTS.map((layout) => [layout.id, layout])) as Record<
  LayoutName,
  LayoutDefinition<LayoutName>
>;

export const layoutOf = (name: LayoutName): LayoutDefinition<LayoutName> => byName[name];

/** What a layout's result depends on. */
export interface LayoutView {
  layout: LayoutName;
  selected: string | null;
  depth: Depth;
}

/**
 * Whether going from one view to the other lays the map out again: another layout, or a new centre
 * or depth of a layout around the selection. The one place that decides it.
 */
export const layoutMoves = (before: LayoutView, after: LayoutView): boolean =>
  before.layout !== after.layout ||
  (layoutOf(after.layout).needsSelection &&
    (before.selected !== after.selected || before.depth !== after.depth));
