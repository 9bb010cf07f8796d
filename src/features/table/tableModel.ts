/** The Nodes table's rows: the visible nodes as the table shows them, their sort, and their CSV. */
import Papa from 'papaparse';
import { translate, translateValue, type Lang, type MessageKey } from '../../i18n';
import { awardRank, typeRank } from '../../domain/graph/indexes';
import { STAGES, type Graph, type GraphNode } from '../../domain/graph/types';
import { neutraliseFormula } from '../../domain/csv/formula';
import type { MapChanges, PresentChange } from '../../domain/diff';
import { nodesByIdOf } from '../../store/derived';

export const TABLE_COLUMNS = [
  'change',
  'name',
  'type',
  'sectors',
  'segment',
  'awardLevel',
  'honours',
  'degree',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** The columns shown: "change" only while the map shows the last update's changes. */
export const columnsFor = (withChanges: boolean): readonly TableColumn[] =>
  withChanges ? TABLE_COLUMNS : TABLE_COLUMNS.filter((column) => column !== 'change');

export const COLUMN_TITLES: Readonly<Record<TableColumn, MessageKey>> = {
  change: 'changes.column',
  name: 'table.column.name',
  type: 'table.column.type',
  sectors: 'table.column.sectors',
  segment: 'table.column.segment',
  awardLevel: 'table.column.awardLevel',
  honours: 'table.column.honours',
  degree: 'table.column.degree',
};

export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: TableColumn;
  direction: SortDirection;
}

export interface TableRow {
  node: GraphNode;
  /** The text each cell shows, in the UI language. */
  cells: Readonly<Record<TableColumn, string>>;
  degree: number;
  /** What the last update did to the node, while the changes are shown. */
  change: PresentChange | undefined;
}

/** Sorted ascending, the changes come first: added, then changed, then the rest. */
const CHANGE_RANK: Readonly<Record<PresentChange, number>> = { added: 0, changed: 1 };

/** Edge ends per node over the whole graph (a self-loop counts twice), as the degree filter counts them. */
const degreesCache = new WeakMap<Graph, Map<string, number>>();
const degreesOf = (graph: Graph): Map<string, number> => {
  let degrees = degreesCache.get(graph);
  if (!degrees) {
    const counted = new Map(graph.nodes.map((node) => [node.id, 0]));
    for (const { source, target } of graph.edges) {
      for (const end of [source, target]) {
        const count = counted.get(end);
        if (count !== undefined) counted.set(end, count + 1);
      }
    }
    degrees = counted;
    degreesCache.set(graph, degrees);
  }
  return degrees;
};

const isStage = (value: string): boolean => (STAGES as readonly string[]).includes(value);

/**
 * Every node in graph order, with the texts its cells show. Built for all nodes, not only the
 * visible ones: then a filter change only filters the sorted rows, with no rebuilding or re-sorting.
 */
export const buildTableRows = (graph: Graph, lang: Lang, changes: MapChanges | null): TableRow[] => {
  const nodesById = nodesByIdOf(graph);
  const degrees = degreesOf(graph);
  const separator = translate(lang, 'table.listSeparator');
  const nameOf = (id: string): string => nodesById.get(id)?.name ?? id;
  return graph.nodes.map((node) => {
    const degree = degrees.get(node.id) ?? 0;
    const change = changes?.nodes.get(node.id);
    const cells: Record<TableColumn, string> = {
      change: change ? translate(lang, `changes.value.${change}`) : '',
      name: node.name,
      type: translateValue(lang, 'type', node.type),
      sectors: node.sectors.map(nameOf).join(separator),
      segment: isStage(node.segment) ? translateValue(lang, 'stage', node.segment) : nameOf(node.segment),
      awardLevel: node.awardLevel === 'none' ? '' : translateValue(lang, 'level', node.awardLevel),
      honours: node.awards.join(separator),
      degree: String(degree),
    };
    return { node, cells, degree, change };
  });
};

// Chinese names in pinyin order (驰 chí < 东 dōng < 云 yún), as a Chinese reader looks them up;
// Latin letters and digits (numeric: 2 before 10) sort as people expect too.
const text = new Intl.Collator('zh', { numeric: true }).compare;

/** Types and levels sort in their contract order (national first), degrees as numbers, the rest by the text shown. */
const COMPARE: Readonly<Record<TableColumn, (a: TableRow, b: TableRow) => number>> = {
  change: (a, b) => (a.change ? CHANGE_RANK[a.change] : 2) - (b.change ? CHANGE_RANK[b.change] : 2),
  name: (a, b) => text(a.node.name, b.node.name),
  type: (a, b) => typeRank(a.node.type) - typeRank(b.node.type),
  sectors: (a, b) => text(a.cells.sectors, b.cells.sectors),
  segment: (a, b) => text(a.cells.segment, b.cells.segment),
  awardLevel: (a, b) => awardRank(a.node.awardLevel) - awardRank(b.node.awardLevel),
  honours: (a, b) => text(a.cells.honours, b.cells.honours),
  degree: (a, b) => a.degree - b.degree,
};

/** A stable sort: rows that compare equal keep graph order, whichever the direction. */
export const sortTableRows = (rows: readonly TableRow[], order: SortOrder | null): readonly TableRow[] => {
  if (!order) return rows;
  const compare = COMPARE[order.column];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
};

/** Clicking the sorted column flips its direction; another column starts ascending. */
export const nextSortOrder = (current: SortOrder | null, column: TableColumn): SortOrder => ({
  column,
  direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
});

const BOM = '\uFEFF';

/**
 * What the table shows: its rows in their order, its columns under their titles, formula-safe, with
 * a BOM for Excel; first the id, which the table does not show, so a row can be matched to the data.
 */
export const tableCsv = (rows: readonly TableRow[], lang: Lang, columns: readonly TableColumn[]): string => {
  const fields = [
    translate(lang, 'table.column.id'),
    ...columns.map((column) => translate(lang, COLUMN_TITLES[column])),
  ].map(neutraliseFormula);
  const data = rows.map((row) => [
    neutraliseFormula(row.node.id),
    ...columns.map((column) =>
      column === 'degree' ? row.cells.degree : neutraliseFormula(row.cells[column]),
    ),
  ]);
  return `${BOM}${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
};
