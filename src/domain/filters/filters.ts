/** The filter settings: plain serialisable data, so they can live in the store and in the URL. */
import type { AwardLevel, GraphNode, NodeType } from '../graph/types';

/** The sector value that selects nodes belonging to no chain. */
export const NO_SECTOR = '__none__';

export const FILTER_MODES = ['hide', 'fade'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface Filters {
  /** Chain ids (or NO_SECTOR); a node passes if any of its sectors is selected. Empty: no constraint. */
  sectors: string[];
  /** Empty: all. */
  awardLevels: AwardLevel[];
  /** Empty: all. */
  types: NodeType[];
  /** Empty: all. Constrains edges only. */
  relations: string[];
  /** 0 = off; the degree is counted on the full graph, whatever else is filtered. */
  minDegree: number;
  /** Case-insensitive substring of id, name, awards or description; blank = off. */
  text: string;
  /** What the map does with the elements that fail: hide them or draw them faded. */
  mode: FilterMode;
  /** Also keep the direct neighbours of matching nodes, over edges whose relation passes. */
  keepNeighbours: boolean;
  /**
   * Only what the last update changed (domain/diff/changes: changedOnlyIds); the store keeps it
   * false while the changes are not shown.
   */
  changedOnly: boolean;
}

export type FacetKey = 'sectors' | 'awardLevels' | 'types' | 'relations';

const noConstraints = (): Omit<Filters, 'mode' | 'keepNeighbours'> => ({
  sectors: [],
  awardLevels: [],
  types: [],
  relations: [],
  minDegree: 0,
  text: '',
  changedOnly: false,
});

export const defaultFilters: Readonly<Filters> = Object.freeze({
  ...noConstraints(),
  mode: 'hide',
  keepNeighbours: false,
});

/**
 * True when the filters constrain nothing, so every element is visible. `mode` and
 * `keepNeighbours` only change how constraints act, so they do not count.
 */
export const isDefaultFilters = (filters: Filters): boolean =>
  filters.sectors.length === 0 &&
  filters.awardLevels.length === 0 &&
  filters.types.length === 0 &&
  filters.relations.length === 0 &&
  filters.minDegree <= 0 &&
  filters.text.trim() === '' &&
  !filters.changedOnly;

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** True when both filters ask for the same thing: every field equal, lists in the same order. */
export const sameFilters = (a: Filters, b: Filters): boolean =>
  sameList(a.sectors, b.sectors) &&
  sameList(a.awardLevels, b.awardLevels) &&
  sameList(a.types, b.types) &&
  sameList(a.relations, b.relations) &&
  a.minDegree === b.minDegree &&
  a.text === b.text &&
  a.mode === b.mode &&
  a.keepNeighbours === b.keepNeighbours &&
  a.changedOnly === b.changedOnly;

/** Drops every constraint but keeps the user's display preferences (`mode`, `keepNeighbours`). */
export const clearFilters = (filters: Filters): Filters => ({ ...filters, ...noConstraints() });

/** The sector facet values a node carries: a chain belongs to itself; a node with no chain gets NO_SECTOR. */
export const nodeSectorKeys = (node: GraphNode): string[] => {
  const keys =
    node.type === 'chain' && !node.sectors.includes(node.id) ? [node.id, ...node.sectors] : node.sectors;
  return keys.length > 0 ? keys : [NO_SECTOR];
};
