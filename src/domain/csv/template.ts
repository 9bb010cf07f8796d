import type { Lang } from '../view-state/lang';
import type { ExportRows } from './export';
import { EDGE_FIELDS, NODE_FIELDS, templateHeader, type EdgeField, type NodeField } from './headers';

/**
 * The empty files a new office starts from: the contract's columns under headers the import
 * recognises (in Chinese for the Chinese UI), and example rows. Saved positions (x, y) are left
 * out: they come from the app, not from the person filling the sheet in.
 */

export const TEMPLATE_NODE_FIELDS = NODE_FIELDS.filter((field) => field !== 'x' && field !== 'y');

export interface TemplateExamples {
  nodes: readonly Partial<Record<NodeField, string>>[];
  edges: readonly Partial<Record<EdgeField, string>>[];
}

export interface TemplateRows {
  nodes: ExportRows;
  edges: ExportRows;
}

const rowsOf = <F extends NodeField | EdgeField>(
  kind: 'nodes' | 'edges',
  fields: readonly F[],
  examples: readonly Partial<Record<F, string>>[],
  lang: Lang,
): ExportRows => [
  fields.map((field) => templateHeader(kind, field, lang)),
  ...examples.map((example) => fields.map((field) => example[field] ?? '')),
];

export const templateRows = (lang: Lang, examples: TemplateExamples): TemplateRows => ({
  nodes: rowsOf('nodes', TEMPLATE_NODE_FIELDS, examples.nodes, lang),
  edges: rowsOf('edges', EDGE_FIELDS, examples.edges, lang),
});
