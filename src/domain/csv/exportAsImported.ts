/**
 * Graph → CSV rows "as imported": the uploaded file's own headers, in its column order, and its own
 * spellings of values (本地, 企业, a chain by the name the file gave it), so staff get back what
 * they wrote. Formula-safe like the canonical export, and read back to the same graph: a field the
 * file lacked is added (with its contract name) only where leaving it out would change the graph —
 * pinned positions, say.
 */
import {
  DIRECTED_RELATIONS,
  type Attributes,
  type FileSpelling,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../graph/types';
import { highestAwardLevel } from './awards';
import { edgeCells, edgeRows, nodeCells, nodeRows, textCell, type Cells, type ExportRows } from './export';
import { EDGE_FIELDS, NODE_FIELDS } from './headers';
import { defaultNode } from './nodes';
import { spellerOf } from './spelling';
import { LIST_SEPARATOR } from './values';

type Speller = (field: string, value: string) => string;

const spelledNodeCells =
  (spell: Speller) =>
  (node: GraphNode): Record<string, string> => ({
    ...nodeCells(node),
    type: textCell(spell('type', node.type)),
    sector: textCell(node.sectors.map((id) => spell('sector', id)).join(LIST_SEPARATOR)),
    segment: textCell(spell('segment', node.segment)),
    award_level: textCell(spell('award_level', node.awardLevel)),
    locality: textCell(spell('locality', node.locality)),
    key: node.key ? textCell(spell('key', 'true')) : '',
  });

const spelledEdgeCells =
  (spell: Speller) =>
  (edge: GraphEdge): Record<string, string> => ({
    ...edgeCells(edge),
    relation: textCell(spell('relation', edge.relation)),
  });

/** What the import makes of a node whose file has no such column: the defaults, the level read from the awards. */
const nodeWithout = (node: GraphNode): GraphNode => ({
  ...defaultNode(node.id),
  awardLevel: highestAwardLevel(node.awards),
});

const edgeWithout = (edge: GraphEdge): GraphEdge => ({
  ...edge,
  relation: 'related',
  directed: DIRECTED_RELATIONS.has('related'),
  label: '',
  evidence: '',
  weight: undefined,
});

/** The fields the file lacked that some item needs written, or it would read back otherwise. */
function missingFields<T, F extends string>(
  fields: readonly F[],
  spelling: FileSpelling,
  items: readonly T[],
  cellsOf: (item: T) => Cells<F>,
  without: (item: T) => T,
): F[] {
  const present = new Set(spelling.columns.map(({ field }) => field));
  const wanted = fields.filter((field) => !present.has(field));
  if (wanted.length === 0) return [];
  const needed = new Set<F>();
  for (const item of items) {
    const cells = cellsOf(item);
    const absent = cellsOf(without(item));
    for (const field of wanted) if (cells[field] !== absent[field]) needed.add(field);
    if (needed.size === wanted.length) break;
  }
  return wanted.filter((field) => needed.has(field));
}

function rowsAsImported<T extends { attributes: Attributes }, F extends string>(
  fields: readonly F[],
  extraColumns: readonly string[],
  spelling: FileSpelling,
  items: readonly T[],
  cellsOf: (item: T) => Cells<F>,
  spelledCellsOf: (item: T) => Record<string, string>,
  without: (item: T) => T,
): ExportRows {
  const own = spelling.columns.filter(
    ({ field }) => field === '' || (fields as readonly string[]).includes(field),
  );
  const keptHeaders = new Set(own.filter(({ field }) => field === '').map(({ header }) => header));
  // Columns other files of the import brought, then fields the graph needs that the file lacked.
  const later = extraColumns.filter((column) => !keptHeaders.has(column));
  const added = missingFields(fields, spelling, items, cellsOf, without);
  const header = [...own.map(({ header: name }) => name), ...later, ...added].map(textCell);
  const rows = [header];
  for (const item of items) {
    const cells = spelledCellsOf(item);
    rows.push([
      ...own.map(({ header: name, field }) =>
        field === '' ? textCell(item.attributes[name] ?? '') : (cells[field] ?? ''),
      ),
      ...later.map((column) => textCell(item.attributes[column] ?? '')),
      ...added.map((field) => cells[field] ?? ''),
    ]);
  }
  return rows;
}

/** The nodes in the first nodes file's own form; the canonical rows for a map with no uploaded nodes file. */
export const nodeRowsAsImported = (graph: Graph): ExportRows => {
  const spelling = graph.spelling?.nodes;
  if (!spelling) return nodeRows(graph);
  return rowsAsImported(
    NODE_FIELDS,
    graph.nodeExtraColumns,
    spelling,
    graph.nodes,
    nodeCells,
    spelledNodeCells(spellerOf(spelling)),
    nodeWithout,
  );
};

/** The edges in the first edge list's own form; the canonical rows for a map with no uploaded edge list. */
export const edgeRowsAsImported = (graph: Graph): ExportRows => {
  const spelling = graph.spelling?.edges;
  if (!spelling) return edgeRows(graph);
  return rowsAsImported(
    EDGE_FIELDS,
    graph.edgeExtraColumns,
    spelling,
    graph.edges,
    edgeCells,
    spelledEdgeCells(spellerOf(spelling)),
    edgeWithout,
  );
};
