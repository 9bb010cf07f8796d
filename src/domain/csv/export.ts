import type { Attributes, Graph, GraphEdge, GraphNode } from '../graph/types';
import { neutraliseFormula } from './formula';
import { EDGE_FIELDS, NODE_FIELDS, type EdgeField, type NodeField } from './headers';
import { LIST_SEPARATOR } from './values';

/**
 * Graph → CSV (or workbook sheets) in the contract's own column names, then the kept columns in
 * their original order: multi-valued cells joined with `;`, text cells neutralised against formula
 * injection (see formula.ts). The CSV is UTF-8 with a BOM (so Excel reads Chinese right), CRLF line
 * ends and RFC 4180 quoting. Importing the output gives the same graph back.
 */

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

const quote = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
export const textCell = neutraliseFormula;
/** Numbers are written by us: never a formula, and a leading minus must stay a minus. */
const numberCell = (value: number | undefined): string => (value === undefined ? '' : String(value));

export type Cells<F extends string> = Record<F, string>;

/** The header, then one row per item: cells ready to write, formula-safe, not yet quoted. */
export type ExportRows = string[][];

function exportRows<T extends { attributes: Attributes }, F extends string>(
  fields: readonly F[],
  extraColumns: readonly string[],
  items: readonly T[],
  cellsOf: (item: T) => Cells<F>,
): ExportRows {
  const rows = [[...fields, ...extraColumns].map(textCell)];
  for (const item of items) {
    const cells = cellsOf(item);
    const known = fields.map((field) => cells[field]);
    const extra = extraColumns.map((column) => textCell(item.attributes[column] ?? ''));
    rows.push([...known, ...extra]);
  }
  return rows;
}

/** Rows → CSV text as Excel reads it. */
export const rowsToCsv = (rows: ExportRows): string =>
  `${BOM}${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;

export const nodeCells = (node: GraphNode): Cells<NodeField> => ({
  id: textCell(node.id),
  name: textCell(node.name),
  type: node.type,
  sector: textCell(node.sectors.join(LIST_SEPARATOR)),
  segment: textCell(node.segment),
  award_level: node.awardLevel,
  awards: textCell(node.awards.join(LIST_SEPARATOR)),
  locality: node.locality,
  key: node.key ? 'true' : '',
  description: textCell(node.description),
  evidence: textCell(node.evidence),
  url: textCell(node.url),
  x: numberCell(node.x),
  y: numberCell(node.y),
});

export const edgeCells = (edge: GraphEdge): Cells<EdgeField> => ({
  source: textCell(edge.source),
  target: textCell(edge.target),
  relation: textCell(edge.relation),
  weight: numberCell(edge.weight),
  label: textCell(edge.label),
  evidence: textCell(edge.evidence),
});

export const nodeRows = (graph: Graph): ExportRows =>
  exportRows(NODE_FIELDS, graph.nodeExtraColumns, graph.nodes, nodeCells);

export const edgeRows = (graph: Graph): ExportRows =>
  exportRows(EDGE_FIELDS, graph.edgeExtraColumns, graph.edges, edgeCells);

export const exportNodesCsv = (graph: Graph): string => rowsToCsv(nodeRows(graph));

export const exportEdgesCsv = (graph: Graph): string => rowsToCsv(edgeRows(graph));
