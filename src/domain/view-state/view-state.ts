/**
 * What a shared link restores: the filters, the selection, the layout, the ego depth, the language
 * and whether the map shows the last update's changes.
 */
import { defaultFilters, nodeSectorKeys, type Filters } from '../filters';
import type { Graph } from '../graph/types';
import type { Depth } from '../layout/depth';
import type { LayoutName } from '../layout/registry';
import type { Lang } from './lang';

export interface ViewState {
  filters: Filters;
  /** A node or edge id. */
  selected: string | null;
  layout: LayoutName;
  depth: Depth;
  lang: Lang;
  /** The map marks what the last update changed (with `filters.changedOnly`, only that). */
  showChanges: boolean;
}

/** The fields a link leaves as they are when it does not set them. */
export type KeptViewField = 'lang' | 'showChanges';

/**
 * Every field but the kept ones: `lang` follows the browser until the user picks one, and the
 * changes stay shown until the user turns them off, so neither has a fixed default.
 */
export const defaultViewState: Readonly<Omit<ViewState, KeptViewField>> = Object.freeze({
  filters: defaultFilters,
  selected: null,
  layout: 'overview',
  depth: 1,
});

/** What the current graph holds, so a link made for other data does not select or filter on ghosts. */
export interface KnownIds {
  /** Node and edge ids. */
  elements: ReadonlySet<string>;
  /** The sector facet's values. */
  sectors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** There is a map before the last update, so its changes can be shown. */
  changes: boolean;
}

export const knownIdsOf = (graph: Graph, hasPrevious: boolean): KnownIds => ({
  changes: hasPrevious,
  elements: new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]),
  sectors: new Set(graph.nodes.flatMap(nodeSectorKeys)),
  relations: new Set(graph.edges.map((edge) => edge.relation)),
});
