import { DIRECTED_RELATIONS, type FileSpelling, type GraphEdge, type SpelledColumn } from '../graph/types';
import {
  checkUnnamedColumns,
  cleanCell,
  DIRECTION_COLUMN,
  fitRecord,
  layoutColumns,
  readAttributes,
  readCell,
  type ColumnLayout,
} from './columns';
import { EDGE_FIELDS, planEdgeColumns, type ColumnRole, type EdgeField } from './headers';
import { AMBIGUOUS, type NodeMatch } from './nodeIndex';
import type { RecordTable } from './parse';
import type { ProblemLog } from './problems';
import { spelledColumns, SpellingRecorder } from './spelling';
import { readDirection, readNumber, readRelation } from './values';

/** Finds the node an edge's source or target cell names. */
export type EndpointResolver = (value: string) => NodeMatch;

/**
 * The first column spelling `relation` that holds only Directed / Undirected (Gephi's `Type`): it
 * sets the direction, and the relation comes from another column or defaults.
 */
function findDirectionColumn(table: RecordTable, candidates: readonly number[]): number | undefined {
  return candidates.find((column) => {
    let directions = 0;
    for (const { cells } of table.records) {
      const value = cleanCell(cells[column] ?? '');
      if (value === '') continue;
      if (readDirection(value) === undefined) return false;
      directions++;
    }
    return directions > 0;
  });
}

/** The edges of every edge list of an import, in file and row order, each with a unique id. */
export class EdgeCollector {
  readonly edges: GraphEdge[] = [];
  readonly extraColumns: string[] = [];
  private readonly ids = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  private readonly spellings = new SpellingRecorder();
  /** The first file's name and columns: what an export "as imported" writes. */
  private firstFile?: { file: string; columns: SpelledColumn[] };

  constructor(
    private readonly log: ProblemLog,
    private readonly resolve: EndpointResolver,
  ) {}

  /** Reads one edge list; returns its column summary and how many edges it gave. */
  readFile(
    file: string,
    table: RecordTable,
    roles?: readonly ColumnRole[],
  ): { columns: ColumnLayout<EdgeField>['summary']; count: number } {
    const { log } = this;
    const plan = planEdgeColumns(table.header, roles);
    const directionColumn = findDirectionColumn(table, plan.claims.get('relation') ?? []);
    const setAside =
      directionColumn === undefined ? undefined : { index: directionColumn, role: DIRECTION_COLUMN };
    const layout = layoutColumns(table.header, EDGE_FIELDS, plan, file, log, setAside);
    this.firstFile ??= { file, columns: spelledColumns(table.header, EDGE_FIELDS, layout) };
    for (const { name } of layout.extras) if (!this.extraColumns.includes(name)) this.extraColumns.push(name);
    const before = this.edges.length;
    let unnamedChecked = layout.unnamed.length === 0;
    for (const record of table.records) {
      const cells = fitRecord(record, layout, file, log);
      if (!cells) continue;
      unnamedChecked ||= checkUnnamedColumns(cells, layout, record.row, file, log);
      const direction =
        directionColumn === undefined ? undefined : readDirection(cleanCell(cells[directionColumn] ?? ''));
      const edge = this.readRow(cells, record.row, file, layout, direction);
      if (edge) this.edges.push(edge);
    }
    return { columns: layout.summary, count: this.edges.length - before };
  }

  /** How the first edge list wrote its headers and values; undefined before a file is read. */
  get spelling(): FileSpelling | undefined {
    return this.firstFile && this.spellings.spelling(this.firstFile.file, this.firstFile.columns);
  }

  private readRow(
    cells: readonly string[],
    row: number,
    file: string,
    layout: ColumnLayout<EdgeField>,
    direction: boolean | undefined,
  ): GraphEdge | undefined {
    const { log } = this;
    const { index: at, header } = layout;

    const writtenSource = readCell(cells, at.source);
    const writtenTarget = readCell(cells, at.target);
    if (writtenSource === '' || writtenTarget === '') {
      if (writtenSource === '') log.add(file, 'empty-endpoint', { row, column: header.source, value: '' });
      if (writtenTarget === '') log.add(file, 'empty-endpoint', { row, column: header.target, value: '' });
      return undefined;
    }
    const source = this.endpoint(writtenSource, file, row, header.source);
    const target = this.endpoint(writtenTarget, file, row, header.target);
    if (source === undefined || target === undefined) return undefined;

    const writtenRelation = readCell(cells, at.relation);
    const knownRelation = writtenRelation === '' ? 'related' : readRelation(writtenRelation);
    if (knownRelation === undefined)
      log.add(file, 'unknown-relation', { row, column: header.relation, value: writtenRelation });
    else this.spellings.note('relation', knownRelation, writtenRelation);
    const relation = knownRelation ?? writtenRelation;
    const directed = direction ?? DIRECTED_RELATIONS.has(relation);

    if (source === target) log.add(file, 'self-loop', { row, column: header.source, value: source });
    const base = `${source}->${target}#${relation}`;
    const repeated = this.ids.has(base);
    // An undirected tie read the other way round is the same tie.
    if (repeated || (!directed && this.ids.has(`${target}->${source}#${relation}`))) {
      log.add(file, 'duplicate-edge', {
        row,
        column: header.target,
        value: target,
        params: { source, relation },
      });
    }
    const id = repeated ? this.suffixedId(base) : base;
    this.ids.add(id);

    const edge: GraphEdge = {
      id,
      source,
      target,
      relation,
      directed,
      label: readCell(cells, at.label),
      evidence: readCell(cells, at.evidence),
      attributes: readAttributes(cells, layout.extras),
    };
    const weight = readCell(cells, at.weight);
    if (weight !== '') {
      const value = readNumber(weight);
      if (value === undefined || value < 0)
        log.add(file, 'invalid-weight', { row, column: header.weight, value: weight });
      else edge.weight = value;
    }
    return edge;
  }

  /** The id of the node a non-empty endpoint cell names; undefined (with an error) when it names none. */
  private endpoint(value: string, file: string, row: number, column: string): string | undefined {
    const id = this.resolve(value);
    if (typeof id === 'string') {
      if (id !== value) this.log.add(file, 'endpoint-by-name', { row, column, value, params: { id } });
      return id;
    }
    this.log.add(file, id === AMBIGUOUS ? 'ambiguous-endpoint' : 'unknown-endpoint', { row, column, value });
    return undefined;
  }

  /** A repeated `source->target#relation` gets `~2`, `~3`… */
  private suffixedId(base: string): string {
    let next = this.nextSuffix.get(base) ?? 2;
    let id: string;
    do id = `${base}~${next++}`;
    while (this.ids.has(id));
    this.nextSuffix.set(base, next);
    return id;
  }
}
