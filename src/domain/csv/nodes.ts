import { createAttributes, type GraphNode } from '../graph/types';
import { highestAwardLevel } from './awards';
import { checkUnnamedColumns, fitRecord, layoutColumns, readAttributes, readCell, type ColumnLayout } from './columns';
import { NODE_FIELDS, planNodeColumns, type NodeField } from './headers';
import { NodeIndex } from './nodeIndex';
import type { CsvText } from './parse';
import type { ProblemCode, ProblemLog } from './problems';
import { readAwardLevel, readBoolean, readLocality, readNodeType, readNumber, readStage, splitList } from './values';

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
  attributes: createAttributes(),
});

/** A node read from a row whose sector and segment still name chains and segments as written. */
interface NodeDraft {
  node: GraphNode;
  sectors: string[];
  segment: string;
  file: string;
  row: number;
  layout: ColumnLayout<NodeField>;
}

/** The nodes of every nodes file of an import, in file and row order. */
export class NodeCollector {
  readonly nodes: GraphNode[] = [];
  readonly extraColumns: string[] = [];
  private readonly drafts: NodeDraft[] = [];
  private readonly firstSeen = new Map<string, { file: string; row: number }>();

  constructor(private readonly log: ProblemLog) {}

  /** Reads one nodes file; returns its column summary and how many nodes it gave. */
  readFile(file: string, table: CsvText): { columns: ColumnLayout<NodeField>['summary']; count: number } {
    const { log } = this;
    const layout = layoutColumns(table.header, NODE_FIELDS, planNodeColumns(table.header), file, log);
    for (const { name } of layout.extras) if (!this.extraColumns.includes(name)) this.extraColumns.push(name);
    if (layout.index.type < 0) log.add(file, 'no-type-column');
    const before = this.nodes.length;
    let unnamedChecked = layout.unnamed.length === 0;
    for (const record of table.records) {
      const cells = fitRecord(record, layout, file, log);
      if (!cells) continue;
      unnamedChecked ||= checkUnnamedColumns(cells, layout, record.row, file, log);
      const draft = this.readRow(cells, record.row, file, layout);
      if (draft) {
        this.nodes.push(draft.node);
        this.drafts.push(draft);
      }
    }
    return { columns: layout.summary, count: this.nodes.length - before };
  }

  private readRow(cells: readonly string[], row: number, file: string, layout: ColumnLayout<NodeField>): NodeDraft | undefined {
    const { log } = this;
    const { index: at, header } = layout;
    const warn = (code: ProblemCode, field: NodeField, value: string) => log.add(file, code, { row, column: header[field], value });

    const id = readCell(cells, at.id);
    if (id === '') {
      warn('empty-id', 'id', '');
      return undefined;
    }
    const first = this.firstSeen.get(id);
    if (first) {
      log.add(file, 'duplicate-id', { row, column: header.id, value: id, params: { firstFile: first.file, firstRow: String(first.row) } });
      return undefined;
    }
    this.firstSeen.set(id, { file, row });

    const node = defaultNode(id);
    node.name = readCell(cells, at.name) || id;

    const type = readCell(cells, at.type);
    if (type !== '') {
      const known = readNodeType(type);
      if (known) node.type = known;
      else warn('unknown-type', 'type', type);
    } else if (at.type >= 0) warn('missing-type', 'type', '');

    node.awards = splitList(readCell(cells, at.awards));
    const level = readCell(cells, at.award_level);
    const explicitLevel = level === '' ? undefined : readAwardLevel(level);
    if (level !== '' && !explicitLevel) warn('unknown-award-level', 'award_level', level);
    node.awardLevel = explicitLevel ?? highestAwardLevel(node.awards);

    const locality = readCell(cells, at.locality);
    if (locality !== '') {
      const known = readLocality(locality);
      if (known) node.locality = known;
      else warn('unknown-locality', 'locality', locality);
    }

    const key = readCell(cells, at.key);
    if (key !== '') {
      const known = readBoolean(key);
      if (known === undefined) warn('unknown-key-value', 'key', key);
      else node.key = known;
    }

    node.description = readCell(cells, at.description);
    node.evidence = readCell(cells, at.evidence);
    node.url = readCell(cells, at.url);
    for (const axis of ['x', 'y'] as const) {
      const written = readCell(cells, at[axis]);
      if (written === '') continue;
      const value = readNumber(written);
      if (value === undefined) warn('invalid-coordinate', axis, written);
      else node[axis] = value;
    }
    node.attributes = readAttributes(cells, layout.extras);
    return { node, sectors: splitList(readCell(cells, at.sector)), segment: readCell(cells, at.segment), file, row, layout };
  }

  /**
   * Sectors and segments name chain and segment nodes by id or by name, and are stored as ids; once
   * every file is read, since a chain may come after the nodes that name it. A value naming none is
   * kept as written, with a warning.
   */
  resolveMemberships(): void {
    const chains = new NodeIndex(this.nodes.filter((node) => node.type === 'chain'));
    const segments = new NodeIndex(this.nodes.filter((node) => node.type === 'segment'));
    for (const { node, sectors, segment, file, row, layout } of this.drafts) {
      const resolved = sectors.map((sector) => {
        const match = chains.find(sector);
        if (typeof match === 'object') return match.id;
        this.log.add(file, 'unknown-sector', { row, column: layout.header.sector, value: sector });
        return sector;
      });
      node.sectors = [...new Set(resolved)];
      node.segment = segment === '' ? '' : (readStage(segment) ?? this.segmentId(segments, segment, file, row, layout));
    }
  }

  private segmentId(segments: NodeIndex, segment: string, file: string, row: number, layout: ColumnLayout<NodeField>): string {
    const match = segments.find(segment);
    if (typeof match === 'object') return match.id;
    this.log.add(file, 'unknown-segment', { row, column: layout.header.segment, value: segment });
    return segment;
  }
}
