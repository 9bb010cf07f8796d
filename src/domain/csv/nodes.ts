import { NO_ATTRIBUTES, type FileSpelling, type GraphNode, type SpelledColumn } from '../graph/types';
import { highestAwardLevel } from './awards';
import {
  checkUnnamedColumns,
  fitRecord,
  layoutColumns,
  readAttributes,
  readCell,
  type ColumnLayout,
} from './columns';
import { NODE_FIELDS, planNodeColumns, type ColumnRole, type NodeField } from './headers';
import { NearNames } from './nearName';
import { NodeIndex } from './nodeIndex';
import type { RecordTable } from './parse';
import type { ProblemCode, ProblemLog } from './problems';
import { spelledColumns, SpellingRecorder } from './spelling';
import {
  readAwardLevel,
  readBoolean,
  readLocality,
  readNodeType,
  readNumber,
  readStage,
  splitList,
} from './values';

/** A node with the contract's defaults: what an edge list alone makes of an endpoint. */
export const defaultNode = (id: string): GraphNode => ({
  id,
  name: id,
  type: 'enterprise',
  sectors: [],
  segment: '',
  awardLevel: 'none',
  awards: [],
  locality: 'local',
  key: false,
  description: '',
  evidence: '',
  url: '',
  attributes: NO_ATTRIBUTES,
});

/** One nodes file being read: problems name the file and the field's header as written there. */
interface NodeFile {
  file: string;
  layout: ColumnLayout<NodeField>;
}

/** Where a node came from, and its sector and segment cells still naming chains and segments as written. */
interface NodeDraft {
  source: NodeFile;
  row: number;
  sectors: string[];
  segment: string;
}

/** The nodes of every nodes file of an import, in file and row order. */
export class NodeCollector {
  readonly nodes: GraphNode[] = [];
  readonly extraColumns: string[] = [];
  /** Parallel to `nodes`. */
  private readonly drafts: NodeDraft[] = [];
  /** Id → index in `nodes`. */
  private readonly indexOf = new Map<string, number>();
  private readonly spellings = new SpellingRecorder();
  /** The first file's name and columns: what an export "as imported" writes. */
  private firstFile?: { file: string; columns: SpelledColumn[] };

  constructor(private readonly log: ProblemLog) {}

  /** Reads one nodes file; returns its column summary and how many nodes it gave. */
  readFile(
    file: string,
    table: RecordTable,
    roles?: readonly ColumnRole[],
  ): { columns: ColumnLayout<NodeField>['summary']; count: number } {
    const { log } = this;
    const source: NodeFile = {
      file,
      layout: layoutColumns(table.header, NODE_FIELDS, planNodeColumns(table.header, roles), file, log),
    };
    const { layout } = source;
    this.firstFile ??= { file, columns: spelledColumns(table.header, NODE_FIELDS, layout) };
    for (const { name } of layout.extras) if (!this.extraColumns.includes(name)) this.extraColumns.push(name);
    if (layout.index.type < 0) log.add(file, 'no-type-column');
    const before = this.nodes.length;
    let unnamedChecked = layout.unnamed.length === 0;
    for (const record of table.records) {
      const cells = fitRecord(record, layout, file, log);
      if (!cells) continue;
      unnamedChecked ||= checkUnnamedColumns(cells, layout, record.row, file, log);
      this.readRow(cells, record.row, source);
    }
    return { columns: layout.summary, count: this.nodes.length - before };
  }

  private warn(
    code: ProblemCode,
    { file, layout }: NodeFile,
    row: number,
    field: NodeField,
    value: string,
  ): void {
    this.log.add(file, code, { row, column: layout.header[field], value });
  }

  /** A known spelling's value; otherwise the default, with a warning when something else was written. */
  private enumCell<V>(
    cells: readonly string[],
    row: number,
    source: NodeFile,
    field: NodeField,
    read: (cell: string) => V | undefined,
    fallback: V,
    code: ProblemCode,
  ): V {
    const written = readCell(cells, source.layout.index[field]);
    if (written === '') return fallback;
    const value = read(written);
    if (value !== undefined) {
      this.spellings.note(field, String(value), written);
      return value;
    }
    this.warn(code, source, row, field, written);
    return fallback;
  }

  /** How the first nodes file wrote its headers and values; undefined before a file is read. */
  get spelling(): FileSpelling | undefined {
    return this.firstFile && this.spellings.spelling(this.firstFile.file, this.firstFile.columns);
  }

  private readRow(cells: readonly string[], row: number, source: NodeFile): void {
    const { index: at } = source.layout;
    const id = readCell(cells, at.id);
    if (id === '') {
      this.warn('empty-id', source, row, 'id', '');
      return;
    }
    const first = this.indexOf.get(id);
    if (first !== undefined) {
      const { source: firstSource, row: firstRow } = this.drafts[first] as NodeDraft;
      this.log.add(source.file, 'duplicate-id', {
        row,
        column: source.layout.header.id,
        value: id,
        params: { firstFile: firstSource.file, firstRow: String(firstRow) },
      });
      return;
    }

    const writtenType = readCell(cells, at.type);
    if (writtenType === '' && at.type >= 0) this.warn('missing-type', source, row, 'type', '');
    const awards = splitList(readCell(cells, at.awards));
    const node: GraphNode = {
      id,
      name: readCell(cells, at.name) || id,
      type: this.enumCell(cells, row, source, 'type', readNodeType, 'enterprise', 'unknown-type'),
      // Filled in by resolveMemberships once every file is read.
      sectors: [],
      segment: '',
      awardLevel:
        this.enumCell(cells, row, source, 'award_level', readAwardLevel, undefined, 'unknown-award-level') ??
        highestAwardLevel(awards),
      awards,
      locality: this.enumCell(cells, row, source, 'locality', readLocality, 'local', 'unknown-locality'),
      key: this.enumCell(cells, row, source, 'key', readBoolean, false, 'unknown-key-value'),
      description: readCell(cells, at.description),
      evidence: readCell(cells, at.evidence),
      url: readCell(cells, at.url),
      attributes: readAttributes(cells, source.layout.extras),
    };
    for (const axis of ['x', 'y'] as const) {
      const written = readCell(cells, at[axis]);
      if (written === '') continue;
      const value = readNumber(written);
      if (value === undefined) this.warn('invalid-coordinate', source, row, axis, written);
      else node[axis] = value;
    }
    this.indexOf.set(id, this.nodes.length);
    this.nodes.push(node);
    this.drafts.push({
      source,
      row,
      sectors: splitList(readCell(cells, at.sector)),
      segment: readCell(cells, at.segment),
    });
  }

  /**
   * Sectors and segments name chain and segment nodes by id or by name, and are stored as ids; once
   * every file is read, since a chain may come after the nodes that name it. A value naming none is
   * kept as written: a sector so is a chain by value (warned only when it looks like a slip for a
   * chain node's name), a segment so has no stage (warned).
   */
  resolveMemberships(): void {
    const chainNodes = this.nodes.filter((node) => node.type === 'chain');
    const chains = new NodeIndex(chainNodes);
    const nearChains = new NearNames(chainNodes.map((node) => node.name));
    const segments = new NodeIndex(this.nodes.filter((node) => node.type === 'segment'));
    this.nodes.forEach((node, index) => {
      const { source, row, sectors, segment } = this.drafts[index] as NodeDraft;
      const resolved = sectors.map((sector) => {
        const id = chains.find(sector);
        if (typeof id === 'string') {
          this.spellings.note('sector', id, sector);
          return id;
        }
        this.warnIfNearChain(nearChains, source, row, sector);
        this.spellings.note('sector', sector, sector);
        return sector;
      });
      // The cell had no repeats (splitList), but a chain's id and its name are one chain.
      node.sectors = resolved.length < 2 ? resolved : [...new Set(resolved)];
      if (segment !== '') {
        node.segment = readStage(segment) ?? this.segmentOf(segments, segment, source, row);
        this.spellings.note('segment', node.segment, segment);
      }
    });
  }

  /** A sector that names no chain node is a chain of its own; only a likely slip for one is reported. */
  private warnIfNearChain(nearChains: NearNames, source: NodeFile, row: number, sector: string): void {
    const near = nearChains.near(sector);
    if (near === undefined) return;
    this.log.add(source.file, 'unknown-sector', {
      row,
      column: source.layout.header.sector,
      value: sector,
      params: { near },
    });
  }

  /** The id of the segment node a value names, or the value as written (with a warning). */
  private segmentOf(segments: NodeIndex, value: string, source: NodeFile, row: number): string {
    const id = segments.find(value);
    if (typeof id === 'string') return id;
    this.warn('unknown-segment', source, row, 'segment', value);
    return value;
  }
}
