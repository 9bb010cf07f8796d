import { describe, expect, it } from 'vitest';
import {
  DATASET_SIZES,
  EDGE_HEADER,
  FLAT_EDGE_HEADER,
  FLAT_NODE_HEADER,
  generateDataset,
  NODE_HEADER,
  type Dataset,
} from '../../bench/lib/dataset';
import { parseCsvText } from '../../src/domain/csv/parse';
import { importFiles } from '../../src/domain/csv';

const small = generateDataset('S');
const flat = generateDataset('S', undefined, 'flat');

const rowsOf = (text: string): { header: string[]; rows: string[][] } => {
  const { header, records } = parseCsvText(text);
  return { header, rows: records.map((record) => record.cells) };
};

const encode = (dataset: Dataset) => [
  { name: 'nodes.csv', bytes: new TextEncoder().encode(dataset.nodesCsv) },
  { name: 'edges.csv', bytes: new TextEncoder().encode(dataset.edgesCsv) },
];

describe('generateDataset', () => {
  it('gives byte-identical output for the same size and seed, and different output for another seed', () => {
    expect(generateDataset('S')).toEqual(small);
    expect(generateDataset('S', 7).nodesCsv).not.toBe(small.nodesCsv);
  });

  it('writes exactly the requested counts under the contract headers', () => {
    const nodes = rowsOf(small.nodesCsv);
    const edges = rowsOf(small.edgesCsv);
    expect(nodes.header).toEqual(NODE_HEADER);
    expect(edges.header).toEqual(EDGE_HEADER);
    expect(nodes.rows).toHaveLength(DATASET_SIZES.S.nodes);
    expect(edges.rows).toHaveLength(DATASET_SIZES.S.edges);
  });

  it('has unique node ids, no repeated or self-linked pair, and every edge endpoint is a node', () => {
    const ids = rowsOf(small.nodesCsv).rows.map(([id]) => id);
    const edges = rowsOf(small.edgesCsv).rows;
    expect(new Set(ids).size).toBe(ids.length);
    const idSet = new Set(ids);
    for (const [source = '', target = ''] of edges) {
      expect(idSet.has(source) && idSet.has(target) && source !== target, `${source} → ${target}`).toBe(true);
    }
    const pairs = new Set(edges.map(([source = '', target = '']) => [source, target].sort().join('\n')));
    expect(pairs.size).toBe(edges.length);
  });

  it('honours custom counts and rejects ones it cannot meet', () => {
    const custom = generateDataset({ nodes: 300, edges: 500 }, 3);
    expect(rowsOf(custom.nodesCsv).rows).toHaveLength(300);
    expect(rowsOf(custom.edgesCsv).rows).toHaveLength(500);
    expect(() => generateDataset({ nodes: 10, edges: 5 })).toThrow(RangeError);
    expect(() => generateDataset({ nodes: 200, edges: 20_000 })).toThrow(RangeError);
  });

  it('imports into the app with no error or fatal problem', () => {
    const { graph, report } = importFiles(encode(small));
    const serious = report.problems.filter(
      (problem) => problem.severity === 'error' || problem.severity === 'fatal',
    );
    expect(serious).toEqual([]);
    expect(graph.nodes).toHaveLength(DATASET_SIZES.S.nodes);
    expect(graph.edges).toHaveLength(DATASET_SIZES.S.edges);
    const honoured = graph.nodes.find((node) => node.awards.includes('国家级专精特新"小巨人"'));
    expect(honoured?.awardLevel).toBe('national');
  });

  it('writes the flat shape byte-identically, with Chinese headers, the requested counts and no chain or segment row', () => {
    expect(generateDataset('S', undefined, 'flat')).toEqual(flat);
    const nodes = rowsOf(flat.nodesCsv);
    const edges = rowsOf(flat.edgesCsv);
    expect(nodes.header).toEqual(FLAT_NODE_HEADER);
    expect(edges.header).toEqual(FLAT_EDGE_HEADER);
    expect(nodes.rows).toHaveLength(DATASET_SIZES.S.nodes);
    expect(edges.rows).toHaveLength(DATASET_SIZES.S.edges);
    expect(new Set(nodes.rows.map(([, , type]) => type))).toEqual(new Set(['企业', '高校', '平台']));
  });

  it('imports the flat shape as members whose chains and stages are values naming no node', () => {
    const { graph, report } = importFiles(encode(flat));
    const serious = report.problems.filter(
      (problem) => problem.severity === 'error' || problem.severity === 'fatal',
    );
    expect(serious).toEqual([]);
    expect(graph.nodes).toHaveLength(DATASET_SIZES.S.nodes);
    expect(graph.edges).toHaveLength(DATASET_SIZES.S.edges);
    expect(graph.nodes.some((node) => node.type === 'chain' || node.type === 'segment')).toBe(false);
    expect(graph.edges.some((edge) => edge.relation === 'membership')).toBe(false);
    const sectors = new Set(graph.nodes.flatMap((node) => node.sectors));
    expect(sectors.size).toBe(8);
    expect(sectors.has('新能源汽车产业链')).toBe(true);
    expect(new Set(graph.nodes.map((node) => node.segment))).toEqual(
      new Set(['upstream', 'midstream', 'downstream', '']),
    );
  });
});
