/** Between steps and the map: what a step shows on a given graph, and a step captured from the current view. */
import { defaultFilters, NO_SECTOR, nodeSectorKeys, type Filters } from '../filters/filters';
import type { Graph } from '../graph/types';
import type { LocalisedText, Step, StepFilters } from './types';

/** What the map shows: everything a step sets, with nothing left to defaults. */
export type StoryView = Omit<Step, 'id' | 'title' | 'caption' | 'filters'> & { filters: Filters };

export interface ResolvedStep extends StoryView {
  /**
   * Ids the step names that the graph lacks (say, after an import), each once. `nodes` covers the
   * focus, the highlighted nodes and the filtered sectors no node carries. The view leaves them out
   * of `focus` and the highlights, so the step still shows what it can.
   */
  missing: { nodes: string[]; edges: string[] };
}

/** A step as captured, before its story gives it an id. */
export type StepDraft = Omit<Step, 'id'>;

/** The fields of `partial` that hold a value: spreading an explicit `undefined` would erase a default. */
export const definedFields = <T extends object>(partial: Partial<T>): Partial<T> =>
  Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<T>;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

export const resolveStep = (step: Step, graph: Graph): ResolvedStep => {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const edgeIds = new Set(graph.edges.map((edge) => edge.id));
  const carriedSectors = new Set(graph.nodes.flatMap(nodeSectorKeys));
  const absentSectors = (step.filters.sectors ?? []).filter(
    (sector) => sector !== NO_SECTOR && !carriedSectors.has(sector),
  );
  const namedNodes = [...(step.focus === null ? [] : [step.focus]), ...step.highlightedNodes];
  return {
    filters: { ...defaultFilters, ...definedFields(step.filters) },
    layout: step.layout,
    focus: step.focus !== null && nodeIds.has(step.focus) ? step.focus : null,
    depth: step.depth,
    highlightedNodes: unique(step.highlightedNodes.filter((id) => nodeIds.has(id))),
    highlightedEdges: unique(step.highlightedEdges.filter((id) => edgeIds.has(id))),
    camera: step.camera,
    missing: {
      nodes: unique([...namedNodes.filter((id) => !nodeIds.has(id)), ...absentSectors]),
      edges: unique(step.highlightedEdges.filter((id) => !edgeIds.has(id))),
    },
  };
};

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b;

/** Only the filter fields that differ from the defaults, so a step states just what it means. */
const changedFilters = (filters: Filters): StepFilters =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([key, value]) => !sameValue(value, defaultFilters[key as keyof Filters]))
      .map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  ) as StepFilters;

/** A copy throughout, so later changes to the view cannot reach the saved step. */
export const stepFromView = (view: StoryView, title: LocalisedText, caption: LocalisedText): StepDraft => ({
  title: { ...title },
  caption: { ...caption },
  filters: changedFilters(view.filters),
  layout: view.layout,
  focus: view.focus,
  depth: view.depth,
  highlightedNodes: [...view.highlightedNodes],
  highlightedEdges: [...view.highlightedEdges],
  camera: view.camera && { zoom: view.camera.zoom, pan: { ...view.camera.pan } },
});
