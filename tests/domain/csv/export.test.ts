import { withoutSpelling } from '../helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportEdgesCsv, exportNodesCsv } from '../../../src/domain/csv/export';
import { planEdgeColumns, planNodeColumns } from '../../../src/domain/csv/headers';
import { importFiles } from '../../../src/domain/csv/import';
import { readRelation, readStage } from '../../../src/domain/csv/values';
import {
  AWARD_LEVELS,
  createAttributes,
  DIRECTED_RELATIONS,
  KNOWN_RELATIONS,
  LOCALITIES,
  NODE_TYPES,
  STAGES,
  type Attributes,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../../src/domain/graph/types';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { fixture, textFile } from './helpers';

/** Export both files, then import them together: a graph without edges exports a header-only edge list. */
const roundTrip = (graph: Graph) =>
  importFiles([textFile('nodes.csv', exportNodesCsv(graph)), textFile('edges.csv', exportEdgesCsv(graph))]);

describe('export format', () => {
  const graph = makeGraph(
    [
      makeNode({
        id: '00123',
        name: '=cmd|"/c calc"!A1',
        sectors: ['c1', 'c2'],
        awards: ['高新技术企业', '瞪羚企业'],
        x: -2.5,
        y: 0,
      }),
      makeNode({
        id: 'n2',
        description: 'line one\n-line two',
        url: '@evil',
        key: true,
        attributes: Object.assign(createAttributes(), { 备注: '+1' }),
      }),
    ],
    [
      makeEdge({
        source: '00123',
        target: 'n2',
        relation: 'supply',
        weight: 1.5,
        label: 'a "quoted", label',
      }),
    ],
  );
  graph.nodeExtraColumns = ['备注'];

  it('writes a BOM, the contract columns then the kept ones, CRLF line ends', () => {
    const nodes = exportNodesCsv(graph);
    expect(
      nodes.startsWith(
        '\uFEFFid,name,type,sector,segment,award_level,awards,locality,key,description,evidence,url,x,y,备注\r\n',
      ),
    ).toBe(true);
    expect(exportEdgesCsv(graph)).toBe(
      '\uFEFFsource,target,relation,weight,label,evidence\r\n00123,n2,supply,1.5,"a ""quoted"", label",\r\n',
    );
  });

  it('puts an apostrophe before every cell a spreadsheet could run, later lines of a cell included; numbers stay numbers', () => {
    const [, first, second] = exportNodesCsv(graph).split('\r\n');
    expect(first).toBe(
      `00123,"'=cmd|""/c calc""!A1",enterprise,c1;c2,,none,高新技术企业;瞪羚企业,local,,,,,-2.5,0,`,
    );
    expect(second).toBe(`n2,n2,enterprise,,,none,,local,true,"'line one\n-line two",,'@evil,,,'+1`);
  });

  it('an empty graph exports headers only', () => {
    expect(exportEdgesCsv(makeGraph([]))).toBe('\uFEFFsource,target,relation,weight,label,evidence\r\n');
  });
});

describe('round trip', () => {
  it('the fixture pair, the Gephi edge list and the bundled map come back unchanged', () => {
    const read = (dir: string, name: string) => ({
      name,
      bytes: new Uint8Array(readFileSync(path.join(dir, name))),
    });
    const data = path.resolve(__dirname, '../../../data');
    for (const files of [
      [fixture('pair-nodes.csv'), fixture('pair-edges.csv')],
      [fixture('gephi-edges.csv')],
      [fixture('zh-nodes.csv'), fixture('proto-nodes.csv')],
      [read(data, 'nodes.csv'), read(data, 'edges.csv')],
    ]) {
      const { graph } = importFiles(files);
      const again = roundTrip(graph);
      expect(again.report.fatal).toBe(false);
      expect(withoutSpelling(again.graph)).toEqual(withoutSpelling(graph));
    }
  });

  /** Text with what breaks CSV and spreadsheets: delimiters, quotes, line breaks, formula starts, apostrophes, CJK, astral characters. */
  const CHARACTERS = [
    'a',
    'Z',
    '0',
    '7',
    ' ',
    ',',
    '"',
    "'",
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '#',
    '>',
    '中',
    '文',
    '链',
    'é',
    '𝄞',
  ];
  const SEPARATORS = /[;；|、]/;
  const text = fc
    .string({ unit: fc.constantFrom(...CHARACTERS, ';', '；', '|', '、'), maxLength: 12 })
    .map((value) => value.trim());
  const word = fc
    .string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength: 8 })
    .map((value) => value.trim())
    .filter((value) => value !== '');
  /** A list item: no separator, and not a stage name that segments would normalise. */
  const item = word.filter((value) => !SEPARATORS.test(value) && readStage(value) === undefined);
  /** `-0` is exported as `0` (and `-0` read as 0). */
  const withoutNegativeZero = (value: number) => (value === 0 ? 0 : value);
  const number = fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .map(withoutNegativeZero);
  /** Names no alias table knows, so they stay attributes (and do not make a nodes file look like an edge list). */
  const extraColumnName = fc
    .oneof(word, fc.constantFrom('__proto__', 'constructor', 'toString', '备注', '=SUM(A1)'))
    .filter(
      (name) => planNodeColumns([name]).unknown.length === 1 && planEdgeColumns([name]).unknown.length === 1,
    );
  const extraColumns = fc.uniqueArray(extraColumnName, { maxLength: 3 });

  const attributesFor = (columns: readonly string[]): fc.Arbitrary<Attributes> =>
    fc.tuple(...columns.map(() => fc.option(word, { nil: undefined }))).map((values) => {
      const attributes = createAttributes();
      values.forEach((value, index) => {
        if (value !== undefined) attributes[columns[index] as string] = value;
      });
      return attributes;
    });

  const graphArbitrary: fc.Arbitrary<Graph> = fc
    .record({
      ids: fc.uniqueArray(item, { minLength: 1, maxLength: 10 }),
      nodeExtraColumns: extraColumns,
      edgeExtraColumns: extraColumns,
    })
    .chain(({ ids, nodeExtraColumns, edgeExtraColumns }) =>
      fc.tuple(
        fc.tuple(...ids.map(() => fc.constantFrom(...NODE_TYPES))),
        fc.constant(ids),
        fc.constant(nodeExtraColumns),
        fc.constant(edgeExtraColumns),
      ),
    )
    .chain(([types, ids, nodeExtraColumns, edgeExtraColumns]) => {
      const chains = ids.filter((_, index) => types[index] === 'chain');
      const segments = ids.filter((_, index) => types[index] === 'segment');
      /** A value that names no chain (nor segment) is kept as written: these never can. */
      const unknown = fc.nat(99).map((index) => `free-${index}`);
      const node = (id: string, type: GraphNode['type']): fc.Arbitrary<GraphNode> =>
        fc
          .record({
            name: fc.oneof(fc.constant(id), word),
            sectors: fc.uniqueArray(
              chains.length > 0 ? fc.oneof(fc.constantFrom(...chains), unknown) : unknown,
              { maxLength: 3 },
            ),
            segment: fc.oneof(
              fc.constant(''),
              fc.constantFrom(...STAGES),
              ...(segments.length > 0 ? [fc.constantFrom(...segments)] : []),
              unknown,
            ),
            awardLevel: fc.constantFrom(...AWARD_LEVELS),
            awards: fc.uniqueArray(item, { maxLength: 3 }),
            locality: fc.constantFrom(...LOCALITIES),
            key: fc.boolean(),
            description: text,
            evidence: text,
            url: text,
            x: fc.option(number, { nil: undefined }),
            y: fc.option(number, { nil: undefined }),
            attributes: attributesFor(nodeExtraColumns),
          })
          .map(({ x, y, ...fields }) => ({
            id,
            type,
            ...fields,
            ...(x !== undefined && { x }),
            ...(y !== undefined && { y }),
          }));
      const customRelation = word.filter((value) => readRelation(value) === undefined);
      const edge = fc.record({
        source: fc.constantFrom(...ids),
        target: fc.constantFrom(...ids),
        relation: fc.oneof(fc.constantFrom(...KNOWN_RELATIONS), customRelation),
        weight: fc.option(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }).map(withoutNegativeZero),
          { nil: undefined },
        ),
        label: text,
        evidence: text,
        attributes: attributesFor(edgeExtraColumns),
      });
      return fc.record({
        nodes: fc.tuple(...ids.map((id, index) => node(id, types[index] as GraphNode['type']))),
        edges: fc.array(edge, { minLength: 1, maxLength: 12 }),
        nodeExtraColumns: fc.constant(nodeExtraColumns),
        edgeExtraColumns: fc.constant(edgeExtraColumns),
      });
    })
    .map(({ nodes, edges, nodeExtraColumns, edgeExtraColumns }) => {
      const used = new Map<string, number>();
      const withIds = edges.map(({ weight, ...fields }): GraphEdge => {
        const base = `${fields.source}->${fields.target}#${fields.relation}`;
        const count = (used.get(base) ?? 0) + 1;
        used.set(base, count);
        return {
          id: count === 1 ? base : `${base}~${count}`,
          directed: DIRECTED_RELATIONS.has(fields.relation),
          ...fields,
          ...(weight !== undefined && { weight }),
        };
      });
      return { nodes, edges: withIds, nodeExtraColumns, edgeExtraColumns };
    });

  it('import(export(graph)) deep-equals graph for generated graphs', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const { graph: again, report } = roundTrip(graph);
        expect(report.fatal).toBe(false);
        expect(withoutSpelling(again)).toEqual(graph);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
