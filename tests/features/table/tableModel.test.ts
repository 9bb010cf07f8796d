import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTableRows, columnsFor, sortTableRows, tableCsv } from '../../../src/features/table/tableModel';
import { mapChangesOf } from '../../../src/domain/diff';
import { makeGraph, makeNode } from '../../domain/helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'n1', name: '云川正极' }),
    makeNode({ id: 'n2', name: '东岳锂业' }),
    makeNode({ id: 'n3', name: '驰能电芯' }),
    makeNode({ id: 'n4', name: '=HYPERLINK("x")' }),
  ],
  [],
);

describe('the Nodes table model', () => {
  const rows = buildTableRows(graph, 'zh', null);

  it('sorts Chinese names by pinyin, not by code point', () => {
    const names = sortTableRows(rows, { column: 'name', direction: 'ascending' })
      .map((row) => row.node.name)
      .filter((name) => !name.startsWith('='));
    // chí < dōng < yún; by code point it would be 东 < 云 < 驰.
    expect(names).toEqual(['驰能电芯', '东岳锂业', '云川正极']);
  });

  it('exports an id column first, formula-safe', () => {
    const parsed = Papa.parse<string[]>(tableCsv(rows, 'en', columnsFor(false)).slice(1), {
      skipEmptyLines: 'greedy',
    }).data;
    expect(parsed[0]?.[0]).toBe('ID');
    expect(parsed.slice(1).map((row) => row[0])).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(parsed[4]?.[1]).toBe(`'=HYPERLINK("x")`);
  });

  it("shows and sorts each node's change while the changes are shown, changes first", () => {
    const before = makeGraph([
      makeNode({ id: 'n1', name: '云川正极' }),
      makeNode({ id: 'n2', name: '旧名' }),
    ]);
    const changes = mapChangesOf(before, graph);
    const withChanges = buildTableRows(graph, 'en', changes);
    expect(withChanges.map((row) => row.cells.change)).toEqual(['', 'changed', 'added', 'added']);
    const sorted = sortTableRows(withChanges, { column: 'change', direction: 'ascending' });
    expect(sorted.map((row) => row.node.id)).toEqual(['n3', 'n4', 'n2', 'n1']);
    expect(columnsFor(true)[0]).toBe('change');
    expect(columnsFor(false)).not.toContain('change');
    const header = tableCsv(sorted, 'en', columnsFor(true)).slice(1).split('\r\n')[0];
    expect(header).toBe('ID,Change,Name,Type,Sectors,Segment,Award level,Honours,Degree');
  });
});
