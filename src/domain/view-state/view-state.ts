/** What a shared link restores: the filters, the selection, the layout, the ego depth and the language. */
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
}

/** Every field but `lang`, which follows the browser until the user picks one, so it has no fixed default. */
export const defaultViewState: Readonly<Omit<ViewState, 'lang'>> = Object.freeze({
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
}

export const knownIdsOf = (graph: Graph): KnownIds => ({
  elements: new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]),
  sectors: new Set(graph.nodes.flatMap(nodeSectorKeys)),
  relations: new Set(graph.edges.map((edge) => edge.relation)),
});
