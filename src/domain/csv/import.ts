import { createAttributes, emptyGraph, type Graph, type GraphNode } from '../graph/types';
import { readTable, type RecordTable } from './parse';
import { containerOf } from '../workbook/sniff';
import { sheetTable, type Sheet } from '../workbook/sheets';
import { assignedRole, detectRole, type ColumnRole } from './headers';
import { cleanCell } from './columns';
import { defaultNode, NodeCollector } from './nodes';
import { EdgeCollector, type EndpointResolver } from './edges';
import { NodeIndex } from './nodeIndex';
import { ProblemLog, type ProblemCode } from './problems';
import type { FileRole, FileSummary, ImportReport } from './report';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** One sheet of a workbook, read by src/io; `name` says file and sheet, as the report shows them. */
export interface SheetFile {
  name: string;
  sheet: Sheet;
}

export type ImportInput = InputFile | SheetFile;

export interface ImportResult {
  graph: Graph;
  report: ImportReport;
}

/** The user's reading of a file whose headers name no role: each column's role, in column order. */
export interface ColumnMapping {
  file: string;
  roles: ColumnRole[];
}

export interface ImportOptions {
  /** Called as the import advances, with the share done (0–1). */
  onProgress?: (fraction: number) => void;
  /** Column mappings for files whose headers were not recognised; a file's own headers are used otherwise. */
  mappings?: readonly ColumnMapping[];
  /**
   * Called with the nodes once a nodes file has been read, before the edges are: they change no
   * more, and are the result's nodes unless the import turns out fatal. A worker sends them ahead.
   */
  onNodesRead?: (nodes: GraphNode[]) => void;
}

/** How many rows the report keeps of a file whose headers were not recognised. */
export const PREVIEW_ROWS = 5;

interface ReadFile {
  name: string;
  role: FileRole;
  table: RecordTable;
  summary: FileSummary;
  /** The roles the user assigned, when the headers name none. */
  roles?: readonly ColumnRole[];
}

const roleOf = (header: readonly string[]): FileRole | undefined => detectRole(header.map(cleanCell));

/** Decodes and splits a CSV file; undefined (with a fatal problem) when its bytes are no usable text. */
function readCsvFile(file: InputFile, summary: FileSummary, log: ProblemLog): RecordTable | undefined {
  const { name } = file;
  const container = containerOf(file.bytes);
  if (container === 'encrypted' || container === 'xls') {
    log.add(name, container === 'xls' ? 'legacy-xls' : 'workbook-encrypted');
    return undefined;
  }
  const table = readTable(file.bytes, (header) => roleOf(header) !== undefined);
  summary.encoding = table.encoding;
  if (!table.ok) {
    log.add(name, table.reason === 'binary' ? 'binary-content' : 'unreadable-file', {
      params: { encoding: table.encoding },
    });
    return undefined;
  }
  // An empty file says only that (see readInputFile), not how its nothing was encoded.
  if (table.header.length === 0) return table;
  if (table.encoding === 'windows-1252')
    log.add(name, 'fallback-encoding', { params: { encoding: table.encoding } });
  if (table.mixedLineEnds) log.add(name, 'mixed-line-endings');
  summary.delimiter = table.delimiter;
  return table;
}

/** Reads one file or sheet and tells its role; undefined (with a fatal problem) when it cannot be used. */
function readInputFile(
  file: ImportInput,
  log: ProblemLog,
  mapping?: ColumnMapping,
): { summary: FileSummary; read?: ReadFile } {
  const { name } = file;
  const summary: FileSummary = {
    file: name,
    role: 'unknown',
    encoding: '',
    delimiter: '',
    rows: 0,
    columns: createAttributes(),
  };
  if ('sheet' in file) summary.sheet = file.sheet.name;
  else if (file.bytes.length === 0) {
    log.add(name, 'empty-file');
    return { summary };
  }
  const table = 'sheet' in file ? sheetTable(file.sheet.rows) : readCsvFile(file, summary, log);
  if (!table) return { summary };
  if (table.header.length === 0) {
    log.add(name, 'empty-file');
    return { summary };
  }
  summary.rows = table.records.length;
  const header = table.header.map(cleanCell);
  const detected = detectRole(header);
  if (!detected)
    summary.preview = {
      header,
      rows: table.records.slice(0, PREVIEW_ROWS).map((record) => record.cells.map(cleanCell)),
    };
  // A mapping made for another header (the file changed since) is not used.
  const roles = !detected && mapping?.roles.length === header.length ? mapping.roles : undefined;
  const role = detected ?? (roles && assignedRole(roles));
  if (!role) {
    log.add(name, 'missing-required-columns', {
      row: table.headerRow,
      params: { columns: header.join(', ') },
    });
    return { summary };
  }
  summary.role = role;
  return { summary, read: { name, role, table: { ...table, header }, summary, roles } };
}

/** A result that applies nothing: the report with its fatal problems, and an empty graph. */
function fatalResult(log: ProblemLog, files: FileSummary[]): ImportResult {
  return {
    graph: emptyGraph(),
    report: { files, problems: log.finish(), fatal: true, nodeCount: 0, edgeCount: 0 },
  };
}

/** The result of an import that failed before reading anything, e.g. when a file could not be loaded. */
export function failedImport(file: string, code: ProblemCode, params?: Record<string, string>): ImportResult {
  const log = new ProblemLog();
  log.add(file, code, params ? { params } : {});
  return fatalResult(log, []);
}

/** Endpoints are looked up among the nodes read; the index is built only if an edge list needs it. */
function nodesById(nodes: readonly GraphNode[]): EndpointResolver {
  let index: NodeIndex | undefined;
  return (value) => (index ??= new NodeIndex(nodes)).find(value);
}

/** An edge list alone: its endpoints become nodes with the contract's defaults. */
function endpointsAsNodes(collector: NodeCollector): EndpointResolver {
  const created = new Set<string>();
  return (value) => {
    if (!created.has(value)) {
      created.add(value);
      collector.nodes.push(defaultNode(value));
    }
    return value;
  };
}

/** A nodes file alone keeps the current map's edges whose endpoints are still there. */
function keepCurrentEdges(current: Graph, graph: Graph, file: string, log: ProblemLog): void {
  if (current.edges.length === 0) return;
  const ids = new Set(graph.nodes.map((node) => node.id));
  graph.edges = current.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  graph.edgeExtraColumns = [...current.edgeExtraColumns];
  graph.spelling = { ...graph.spelling, edges: current.spelling?.edges };
  const kept = String(graph.edges.length);
  const dropped = current.edges.length - graph.edges.length;
  if (dropped === 0) log.add(file, 'edges-kept', { params: { kept } });
  else log.add(file, 'edges-dropped', { params: { kept, dropped: String(dropped) } });
}

function importWith(
  files: readonly ImportInput[],
  current: Graph | undefined,
  log: ProblemLog,
  options: ImportOptions,
): ImportResult {
  const progress = options.onProgress ?? (() => undefined);
  if (files.length === 0) {
    log.add('', 'no-files');
    return fatalResult(log, []);
  }
  const summaries: FileSummary[] = [];
  const readFiles: ReadFile[] = [];
  files.forEach((file, index) => {
    const { summary, read } = readInputFile(
      file,
      log,
      options.mappings?.find((mapping) => mapping.file === file.name),
    );
    summaries.push(summary);
    if (read) readFiles.push(read);
    progress((0.6 * (index + 1)) / files.length);
  });
  if (log.fatal) return fatalResult(log, summaries);

  const nodeFiles = readFiles.filter((file) => file.role === 'nodes');
  const edgeFiles = readFiles.filter((file) => file.role === 'edges');
  const nodes = new NodeCollector(log);
  const noRows = (file: ReadFile) =>
    log.add(file.name, 'no-valid-rows', { params: { rows: String(file.table.records.length) } });
  for (const file of nodeFiles) {
    const { columns, count } = nodes.readFile(file.name, file.table, file.roles);
    file.summary.columns = columns;
    if (count === 0) noRows(file);
  }
  if (log.fatal) return fatalResult(log, summaries);
  nodes.resolveMemberships();
  progress(0.75);
  // Without a nodes file the edges' endpoints become nodes (endpointsAsNodes).
  if (nodeFiles.length > 0) options.onNodesRead?.(nodes.nodes);

  const edges = new EdgeCollector(
    log,
    nodeFiles.length > 0 ? nodesById(nodes.nodes) : endpointsAsNodes(nodes),
  );
  for (const file of edgeFiles) {
    const { columns, count } = edges.readFile(file.name, file.table, file.roles);
    file.summary.columns = columns;
    // A header and no rows is a map without edges (an edgeless map's own export), when nodes come with it.
    if (count === 0 && file.table.records.length === 0 && nodeFiles.length > 0)
      log.add(file.name, 'no-edges');
    else if (count === 0) noRows(file);
  }
  if (log.fatal) return fatalResult(log, summaries);
  progress(0.95);

  const graph: Graph = {
    nodes: nodes.nodes,
    edges: edges.edges,
    nodeExtraColumns: nodes.extraColumns,
    edgeExtraColumns: edges.extraColumns,
    spelling: { nodes: nodes.spelling, edges: edges.spelling },
  };
  const [firstNodes] = nodeFiles;
  const [firstEdges] = edgeFiles;
  if (!firstNodes && firstEdges)
    log.add(firstEdges.name, 'nodes-from-edges', { params: { count: String(graph.nodes.length) } });
  if (firstNodes && !firstEdges && current) keepCurrentEdges(current, graph, firstNodes.name, log);
  progress(1);
  return {
    graph,
    report: {
      files: summaries,
      problems: log.finish(),
      fatal: false,
      nodeCount: graph.nodes.length,
      edgeCount: graph.edges.length,
    },
  };
}

/**
 * Reads nodes and/or edges files into a graph and a report; never throws. Which file is which comes
 * from its headers. A nodes file alone keeps `current`'s edges whose endpoints still exist; an edge
 * list alone makes its endpoints into nodes. When the report is fatal the graph is empty and must
 * not be applied.
 */
export function importFiles(
  files: readonly ImportInput[],
  current?: Graph,
  options: ImportOptions = {},
): ImportResult {
  const log = new ProblemLog();
  try {
    return importWith(files, current, log, options);
  } catch (error) {
    log.add(files.map((file) => file.name).join(', '), 'internal-error', {
      params: { message: String(error) },
    });
    return fatalResult(log, []);
  }
}
