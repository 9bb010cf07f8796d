import type { Attributes, Graph, GraphEdge, GraphNode } from '../graph/types';
import { neutraliseFormula } from './formula';
import { EDGE_FIELDS, NODE_FIELDS, type EdgeField, type NodeField } from './headers';
import { LIST_SEPARATOR } from './values';

/**
 * Graph → CSV in the contract's own column names, then the kept columns in their original order:
 * UTF-8 with a BOM (so Excel reads Chinese right), CRLF line ends, RFC 4180 quoting, multi-valued
 * cells joined with `;`, text cells neutralised against formula injection (see formula.ts).
 * Importing the output gives the same graph back.
 */

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

const quote = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const textCell = (value: string): string => quote(neutraliseFormula(value));
/** Numbers are written by us: never a formula, and a leading minus must stay a minus. */
const numberCell = (value: number | undefined): string => (value === undefined ? '' : String(value));

type Cells<F extends string> = Record<F, string>;

function writeCsv<T extends { attributes: Attributes }, F extends string>(
  fields: readonly F[],
  extraColumns: readonly string[],
  items: readonly T[],
  cellsOf: (item: T) => Cells<F>,
): string {
  const lines = [[...fields, ...extraColumns].map(textCell).join(',')];
  for (const item of items) {
    const cells = cellsOf(item);
    const known = fields.map((field) => cells[field]);
    const extra = extraColumns.map((column) => textCell(item.attributes[column] ?? ''));
    lines.push([...known, ...extra].join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

const nodeCells = (node: GraphNode): Cells<NodeField> => ({
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

const edgeCells = (edge: GraphEdge): Cells<EdgeField> => ({
  source: textCell(edge.source),
  target: textCell(edge.target),
  relation: textCell(edge.relation),
  weight: numberCell(edge.weight),
  label: textCell(edge.label),
  evidence: textCell(edge.evidence),
});

export const exportNodesCsv = (graph: Graph): string =>
  writeCsv(NODE_FIELDS, graph.nodeExtraColumns, graph.nodes, nodeCells);

export const exportEdgesCsv = (graph: Graph): string =>
  writeCsv(EDGE_FIELDS, graph.edgeExtraColumns, graph.edges, edgeCells);
