import { describe, expect, it } from 'vitest';
import { rowsToCsv, nodeRows, edgeRows } from '../../../src/domain/csv/export';
import { edgeRowsAsImported, nodeRowsAsImported } from '../../../src/domain/csv/exportAsImported';
import { importFiles } from '../../../src/domain/csv/import';
import { withoutSpelling } from '../helpers';
import { textFile } from './helpers';

const NODES = [
  '编号,名称,类型,所属产业链,链位,荣誉等级,区域,关键环节,负责人',
  'C01,动力电池,产业链,C01,,,本地,,',
  'S01,电芯制造,环节,动力电池,上游,,本地,是,',
  'E01,=甲电芯,企业,动力电池,电芯制造,省级,本地,,张三',
  'E02,乙材料,企业,动力电池,中游,国家级,外地,,+李四',
].join('\n');
const EDGES = ['起点,终点,关系类型,说明', 'E02,E01,供应,供货', 'E01,S01,隶属,', 'E01,E02,代工,'].join('\n');

const imported = () => importFiles([textFile('电池节点.csv', NODES), textFile('电池关系.csv', EDGES)]).graph;
const reimport = (nodes: string, edges: string) =>
  importFiles([textFile('电池节点.csv', nodes), textFile('电池关系.csv', edges)]);

describe('export as imported', () => {
  it('writes the file’s own headers, column order and value spellings, chains by the names the file gave them', () => {
    const graph = imported();
    const [header, chain, segment, first, second] = nodeRowsAsImported(graph);
    expect(header).toEqual([
      '编号',
      '名称',
      '类型',
      '所属产业链',
      '链位',
      '荣誉等级',
      '区域',
      '关键环节',
      '负责人',
    ]);
    expect(chain).toEqual(['C01', '动力电池', '产业链', '动力电池', '', 'none', '本地', '', '']);
    expect(segment).toEqual(['S01', '电芯制造', '环节', '动力电池', '上游', 'none', '本地', '是', '']);
    // Formula starts stay neutralised: a name, a kept column.
    expect(first).toEqual(['E01', "'=甲电芯", '企业', '动力电池', '电芯制造', '省级', '本地', '', '张三']);
    expect(second).toEqual(['E02', '乙材料', '企业', '动力电池', '中游', '国家级', '外地', '', "'+李四"]);
    expect(edgeRowsAsImported(graph)).toEqual([
      ['起点', '终点', '关系类型', '说明'],
      ['E02', 'E01', '供应', '供货'],
      ['E01', 'S01', '隶属', ''],
      ['E01', 'E02', '代工', ''],
    ]);
    // The canonical form is unchanged beside it.
    expect(nodeRows(graph)[0]?.slice(0, 3)).toEqual(['id', 'name', 'type']);
    expect(nodeRows(graph)[3]?.[3]).toBe('C01');
  });

  it('reads back to the same graph, with the same spelling', () => {
    const graph = imported();
    const again = reimport(rowsToCsv(nodeRowsAsImported(graph)), rowsToCsv(edgeRowsAsImported(graph)));
    expect(again.report.fatal).toBe(false);
    expect(withoutSpelling(again.graph)).toEqual(withoutSpelling(graph));
    expect(again.graph.spelling).toEqual(graph.spelling);
  });

  it('adds a field the file lacked only where the graph needs it: pinned positions, not defaults', () => {
    const graph = imported();
    expect(nodeRowsAsImported(graph)[0]).not.toContain('x');
    const pinned = {
      ...graph,
      nodes: graph.nodes.map((node, i) => (i === 2 ? { ...node, x: -12.5, y: 40 } : node)),
    };
    const rows = nodeRowsAsImported(pinned);
    expect(rows[0]?.slice(-2)).toEqual(['x', 'y']);
    // A number is ours: its minus is no formula.
    expect(rows[3]?.slice(-2)).toEqual(['-12.5', '40']);
    expect(rows[1]?.slice(-2)).toEqual(['', '']);
    const again = reimport(rowsToCsv(rows), rowsToCsv(edgeRowsAsImported(pinned)));
    expect(withoutSpelling(again.graph)).toEqual(withoutSpelling(pinned));
  });

  it('writes the canonical form for a map that was not uploaded with such a file', () => {
    const graph = withoutSpelling(imported());
    expect(nodeRowsAsImported(graph)).toEqual(nodeRows(graph));
    expect(edgeRowsAsImported(graph)).toEqual(edgeRows(graph));
  });

  it('neutralises a header and a spelled value that a spreadsheet would run', () => {
    const nodes = ['编号,@备注,所属产业链', 'C1,x,C1', 'E1,=cmd,=链'].join('\n');
    const withChain = `${nodes}\n=链,,`;
    const graph = importFiles([textFile('n.csv', withChain)]).graph;
    const rows = nodeRowsAsImported(graph);
    expect(rows[0]).toEqual(['编号', "'@备注", '所属产业链']);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
