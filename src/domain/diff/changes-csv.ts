/** The change list as a spreadsheet: one row per added, changed or removed node or edge. */
import { rowsToCsv, type ExportRows } from '../csv/export';
import { neutraliseFormula } from '../csv/formula';
import type { Graph, GraphEdge, GraphNode } from '../graph/types';
import type { ChangeKind, MapChanges } from './changes';

export const CHANGE_COLUMNS = ['change', 'kind', 'id', 'name', 'fields'] as const;
export type ChangeColumn = (typeof CHANGE_COLUMNS)[number];

/** Words in the UI language; the change set itself holds only codes and ids. */
export interface ChangesCsvLabels {
  columns: Record<ChangeColumn, string>;
  change: Record<ChangeKind, string>;
  kind: Record<'node' | 'edge', string>;
  /** A changed field's name as the user knows it (the CSV column). */
  field: (field: string) => string;
}

/**
 * Nodes first, then edges; in each, added, changed, removed, in the order of their map. An edge is
 * named by its ends, each by its name in the map that holds it (a removed node in the map before).
 */
export function changesCsv(
  changes: MapChanges,
  before: Graph,
  after: Graph,
  labels: ChangesCsvLabels,
): string {
  const names = new Map<string, string>();
  for (const node of before.nodes) names.set(node.id, node.name);
  for (const node of after.nodes) names.set(node.id, node.name);
  const ends = (edge: GraphEdge): string =>
    `${names.get(edge.source) ?? edge.source} → ${names.get(edge.target) ?? edge.target}`;
  const row = (
    change: ChangeKind,
    kind: 'node' | 'edge',
    id: string,
    name: string,
    fields: readonly string[] = [],
  ) => [labels.change[change], labels.kind[kind], id, name, fields.map(labels.field).join('; ')];
  const present = <Element extends GraphNode | GraphEdge>(
    kind: 'node' | 'edge',
    elements: readonly Element[],
    kinds: MapChanges['nodes'],
    fields: MapChanges['nodeFields'],
    nameOf: (element: Element) => string,
  ): string[][] =>
    (['added', 'changed'] as const).flatMap((change) =>
      elements
        .filter((element) => kinds.get(element.id) === change)
        .map((element) => row(change, kind, element.id, nameOf(element), fields.get(element.id))),
    );
  const rows: ExportRows = [
    CHANGE_COLUMNS.map((column) => labels.columns[column]),
    ...present('node', after.nodes, changes.nodes, changes.nodeFields, (node) => node.name),
    ...changes.removedNodes.map((node) => row('removed', 'node', node.id, node.name)),
    ...present('edge', after.edges, changes.edges, changes.edgeFields, ends),
    ...changes.removedEdges.map((edge) => row('removed', 'edge', edge.id, ends(edge))),
  ];
  return rowsToCsv(rows.map((cells) => cells.map(neutraliseFormula)));
}
