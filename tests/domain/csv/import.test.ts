import { withoutSpelling } from '../helpers';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/domain/csv/import';
import { PROBLEMS_PER_CODE } from '../../../src/domain/csv/problems';
import { brief, codes, fixture, importTexts, textFile } from './helpers';

describe('the fixture pair (tests/fixtures/README.md)', () => {
  const { graph, report } = importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]);

  it('gives 8 nodes and 9 edges with exactly one warning', () => {
    expect(report.fatal).toBe(false);
    expect([report.nodeCount, report.edgeCount]).toEqual([8, 9]);
    expect(brief(report.problems)).toEqual([
      { code: 'unknown-relation', row: 10, column: 'relation', value: '代工' },
    ]);
    expect(
      report.files.map(({ file, role, encoding, delimiter, rows }) => [
        file,
        role,
        encoding,
        delimiter,
        rows,
      ]),
    ).toEqual([
      ['pair-nodes.csv', 'nodes', 'utf-8', ',', 8],
      ['pair-edges.csv', 'edges', 'utf-8', ',', 9],
    ]);
  });

  it('reads every field of the contract', () => {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect(byId.get('ent-001')).toMatchObject({
      name: '星辰电池',
      type: 'enterprise',
      sectors: ['chain-ev'],
      segment: 'seg-battery',
      awardLevel: 'national',
      awards: ['国家级专精特新“小巨人”', '省五星级上云企业'],
      url: 'https://example.com/xingchen',
    });
    expect(byId.get('ent-002')).toMatchObject({ sectors: ['chain-ev'], awardLevel: 'national' });
    expect(byId.get('ent-003')).toMatchObject({
      type: 'enterprise',
      segment: 'upstream',
      locality: 'outside',
      awardLevel: 'provincial',
    });
    expect(byId.get('uni-01')).toMatchObject({ type: 'university', locality: 'outside', awardLevel: 'none' });
    expect(byId.get('seg-battery')).toMatchObject({ type: 'segment', key: true, segment: 'upstream' });
    expect(byId.get('plat-01')).toMatchObject({ awardLevel: 'municipal' });
    expect(graph.edges.map((edge) => [edge.id, edge.directed, edge.weight])).toEqual([
      ['ent-003->ent-001#supply', true, 3],
      ['ent-001->ent-002#supply', true, 5],
      ['uni-01->ent-001#research', false, undefined],
      ['plat-01->ent-002#service', false, undefined],
      ['ent-001->seg-battery#membership', true, undefined],
      ['ent-002->seg-vehicle#membership', true, undefined],
      ['seg-battery->chain-ev#membership', true, undefined],
      ['seg-vehicle->chain-ev#membership', true, undefined],
      ['ent-002->uni-01#代工', false, undefined],
    ]);
  });

  it('does not depend on file order or names', () => {
    const swapped = importFiles([
      { ...fixture('pair-edges.csv'), name: 'a.csv' },
      { ...fixture('pair-nodes.csv'), name: 'b.csv' },
    ]);
    expect(withoutSpelling(swapped.graph)).toEqual(withoutSpelling(graph));
  });
});

describe('nodes handed over ahead of the edges (onNodesRead)', () => {
  it("gives the result's nodes once, after the nodes file is read and before the edges are", () => {
    const events: (number | string)[] = [];
    const handed: unknown[] = [];
    const { graph } = importFiles([fixture('pair-edges.csv'), fixture('pair-nodes.csv')], undefined, {
      onProgress: (fraction) => events.push(fraction),
      onNodesRead: (nodes) => {
        handed.push(nodes);
        events.push(`nodes ${nodes.length}`);
      },
    });
    expect(handed).toEqual([graph.nodes]);
    expect(handed[0]).toBe(graph.nodes);
    expect(events.slice(events.indexOf(0.75))).toEqual([0.75, 'nodes 8', 0.95, 1]);
  });

  it('gives none for an edge list alone, whose endpoints become nodes as the edges are read', () => {
    let calls = 0;
    const { graph } = importFiles([fixture('pair-edges.csv')], undefined, { onNodesRead: () => calls++ });
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(calls).toBe(0);
  });
});

describe('fatal input', () => {
  it('a file with neither an id column nor source and target columns names the file and its headers', () => {
    const { graph, report } = importFiles([fixture('fatal-no-id.csv')]);
    expect(report.fatal).toBe(true);
    expect(report.problems).toEqual([
      {
        severity: 'fatal',
        code: 'missing-required-columns',
        file: 'fatal-no-id.csv',
        row: 1,
        params: { columns: 'name, type, sector' },
      },
    ]);
    expect(graph.nodes).toEqual([]);
  });

  it.each([
    ['empty bytes', new Uint8Array()],
    ['only line breaks and spaces', new TextEncoder().encode('\r\n  \n\n')],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('%s is an empty file', (_, bytes) => {
    expect(codes(importFiles([{ name: 'e.csv', bytes }]).report.problems)).toEqual(['empty-file']);
  });

  it('a header without rows, or with only bad rows, has no valid row', () => {
    expect(codes(importTexts({ 'n.csv': 'id,name\n' }).report.problems)).toEqual([
      'no-type-column',
      'no-valid-rows',
    ]);
    const allBad = importTexts({ 'n.csv': 'id,type\n,enterprise\n,enterprise\n' }).report;
    expect(allBad.fatal).toBe(true);
    expect(codes(allBad.problems)).toEqual(['empty-id', 'empty-id', 'no-valid-rows']);
  });

  it('a header-only edge list beside a nodes file is a map without edges: a warning, not fatal', () => {
    const current = importTexts({
      'n.csv': 'id,type\na,enterprise\nb,enterprise\n',
      'e.csv': 'source,target\na,b\n',
    });
    expect(current.graph.edges).toHaveLength(1);
    const { graph, report } = importTexts(
      { 'n.csv': 'id,type\na,enterprise\nb,enterprise\n', 'e.csv': '\uFEFFsource,target,note\r\n' },
      current.graph,
    );
    expect(report.fatal).toBe(false);
    expect(brief(report.problems)).toEqual([{ code: 'no-edges' }]);
    expect(report.problems[0]).toMatchObject({ file: 'e.csv', severity: 'warning' });
    // The edge list says "no edges": the current map's edges are not kept as with a nodes file alone.
    expect(graph.edges).toEqual([]);
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(graph.edgeExtraColumns).toEqual(['note']);
  });

  it('a header-only edge list alone gives no map: fatal', () => {
    const { report } = importTexts({ 'e.csv': 'source,target\n' });
    expect(report.fatal).toBe(true);
    expect(codes(report.problems)).toEqual(['no-valid-rows']);
  });

  it('an edge list whose every edge misses its nodes is fatal', () => {
    const { report } = importTexts({ 'n.csv': 'id,type\na,enterprise\n', 'e.csv': 'source,target\nx,y\n' });
    expect(report.fatal).toBe(true);
    expect(codes(report.problems)).toEqual(['unknown-endpoint', 'unknown-endpoint', 'no-valid-rows']);
  });

  it('NUL bytes are binary content, and invalid UTF-16 is unreadable', () => {
    expect(codes(importTexts({ 'b.csv': 'id\n\u0000\n' }).report.problems)).toEqual(['binary-content']);
    const oddUtf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64]);
    expect(codes(importFiles([{ name: 'u.csv', bytes: oddUtf16 }]).report.problems)).toEqual([
      'unreadable-file',
    ]);
  });

  it('every fatal file is reported, and the good ones are still summarised', () => {
    const { report } = importFiles([
      fixture('fatal-no-id.csv'),
      textFile('empty.csv', ''),
      fixture('pair-nodes.csv'),
    ]);
    expect(report.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['fatal-no-id.csv', 'missing-required-columns'],
      ['empty.csv', 'empty-file'],
    ]);
    expect(report.files.map((file) => file.role)).toEqual(['unknown', 'unknown', 'nodes']);
  });

  it('no files at all', () => {
    expect(codes(importFiles([]).report.problems)).toEqual(['no-files']);
  });
});

describe('encodings', () => {
  it.each([
    ['utf8-bom-nodes.csv', 'utf-8-bom'],
    ['utf16le-nodes.csv', 'utf-16le'],
    ['utf16be-nodes.csv', 'utf-16be'],
  ])('%s decodes as %s', (name, encoding) => {
    const { graph, report } = importFiles([fixture(name)]);
    expect(report.files[0]?.encoding).toBe(encoding);
    expect(report.problems).toEqual([]);
    expect(graph.nodes.map((node) => [node.id, node.name, node.type])).toEqual([
      ['u1', '华东理工大学', 'university'],
      ['u2', 'Ünïcödé 𝄞 平台', 'platform'],
    ]);
  });

  it('a GBK file from Excel on Chinese Windows, with Chinese headers and values', () => {
    const { graph, report } = importFiles([fixture('gbk-nodes.csv')]);
    expect(report.files[0]).toMatchObject({ encoding: 'gb18030', role: 'nodes' });
    expect(report.problems).toEqual([]);
    expect(
      graph.nodes.map((node) => [
        node.id,
        node.name,
        node.type,
        node.sectors,
        node.awardLevel,
        node.locality,
      ]),
    ).toEqual([
      ['00123', '常州星辰电池有限公司', 'enterprise', ['nev'], 'provincial', 'local'],
      ['00124', '江苏远航汽车股份公司', 'enterprise', ['nev'], 'national', 'outside'],
      ['nev', '新能源', 'chain', [], 'none', 'local'],
    ]);
  });

  it('bytes that are neither UTF-8 nor GB18030 are read as Windows-1252, with a warning', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('id,name\nx,caf'),
      0xe9,
      0x0a,
      0x79,
      0x2c,
      0xa9,
    ]);
    const { graph, report } = importFiles([{ name: 'l.csv', bytes: latin1 }]);
    expect(codes(report.problems)).toEqual(['fallback-encoding', 'no-type-column']);
    expect(graph.nodes.map((node) => node.name)).toEqual(['café', '©']);
  });
});

describe('rows as a spreadsheet counts them', () => {
  it('blank lines are rows, a line break inside quotes is not', () => {
    const { graph, report } = importFiles([fixture('rows-nodes.csv')]);
    expect(brief(report.problems)).toEqual([
      { code: 'no-type-column' },
      { code: 'empty-id', row: 5, column: 'id', value: '' },
      { code: 'duplicate-id', row: 6, column: 'id', value: 'n2' },
      { code: 'empty-id', row: 10, column: 'id', value: '' },
    ]);
    expect(report.problems[2]?.params).toEqual({ firstFile: 'rows-nodes.csv', firstRow: '4' });
    expect(graph.nodes.map((node) => [node.id, node.name, node.description])).toEqual([
      ['n1', '一', '第一行\r\n第二行'],
      ['n2', '二', 'plain'],
      ['n3', '三, with comma', 'he said "hi"'],
      ['n4', '四', 'multi\r\nline\r\ncell'],
    ]);
  });

  it('blank lines before the header count too', () => {
    const { report } = importTexts({ 'n.csv': '\n\nid,type\n,enterprise\nb,enterprise\n' });
    expect(brief(report.problems)).toEqual([{ code: 'empty-id', row: 4, column: 'id', value: '' }]);
  });

  it('short rows are read with empty cells, long rows and broken quotes are skipped', () => {
    const { graph, report } = importFiles([fixture('ragged-nodes.csv')]);
    expect(report.problems.map(({ severity, code, row, params }) => [severity, code, row, params])).toEqual([
      ['warning', 'short-row', 3, { expected: '4', found: '3' }],
      ['error', 'long-row', 5, { expected: '4', found: '5' }],
      ['error', 'malformed-quotes', 6, undefined],
    ]);
    expect(graph.nodes.map((node) => [node.id, node.attributes.score])).toEqual([
      ['r1', '1'],
      ['r2', undefined],
      ['r3', '3'],
    ]);
  });

  it('mixed line ends outside quotes still split rows', () => {
    const { graph, report } = importTexts({ 'n.csv': 'id,type\r\na,enterprise\nb,enterprise\rc,enterprise' });
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(codes(report.problems)).toEqual(['mixed-line-endings']);
  });
});

describe('values', () => {
  it('ids stay verbatim strings', () => {
    const { graph } = importFiles([fixture('proto-nodes.csv')]);
    expect(graph.nodes.map((node) => node.id)).toEqual(['00123', '9007199254740993', '=cmd']);
  });

  it('unknown columns are kept as null-prototype attributes, whatever their names', () => {
    const { graph, report } = importFiles([fixture('proto-nodes.csv')]);
    expect(graph.nodeExtraColumns).toEqual(['__proto__', 'constructor', 'toString', '备注']);
    const [first, second] = graph.nodes;
    expect(Object.getPrototypeOf(first?.attributes)).toBeNull();
    expect(Object.entries(first?.attributes ?? {})).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'ctor'],
      ['toString', 'ts'],
      ['备注', '+1 注释'],
    ]);
    expect(second?.attributes.constructor).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(report.files[0]?.columns)).toBeNull();
  });

  it('formula-like cells are read as written; only an apostrophe the export adds is taken off', () => {
    const { graph } = importFiles([fixture('proto-nodes.csv')]);
    expect(graph.nodes.map((node) => node.name)).toEqual([
      '=HYPERLINK("http://evil")',
      '@SUM(1)',
      'line1\n=line2',
    ]);
    expect(graph.nodes[1]?.attributes['备注']).toBe('-2');
  });

  it('a sector naming no chain node is a chain of its own, warned only when it looks like a slip for one', () => {
    const { graph, report } = importFiles([
      textFile(
        'nodes.csv',
        [
          'id,name,type,sector',
          'c1,智能装备,chain,',
          'e1,甲,enterprise,新材料',
          'e2,乙,enterprise,智能装被',
        ].join('\n'),
      ),
    ]);
    expect(graph.nodes.map((node) => node.sectors)).toEqual([[], ['新材料'], ['智能装被']]);
    expect(report.problems.filter((problem) => problem.code === 'unknown-sector')).toMatchObject([
      { row: 4, column: 'sector', value: '智能装被', params: { near: '智能装备' } },
    ]);
  });

  it('Chinese headers and values, semicolons and tabs, Chinese list separators', () => {
    const { graph, report } = importFiles([fixture('zh-nodes.csv'), fixture('zh-edges.tsv')]);
    expect(report.files.map((file) => file.delimiter)).toEqual([';', '\t']);
    expect(brief(report.problems)).toEqual([
      { code: 'duplicate-edge', row: 3, column: '终点', value: 'e1' },
      { code: 'endpoint-by-name', row: 4, column: '起点', value: '精工机械' },
      { code: 'self-loop', row: 5, column: '起点', value: 'e1' },
      { code: 'unknown-endpoint', row: 6, column: '终点', value: 'e9' },
      { code: 'invalid-weight', row: 7, column: '权重', value: 'abc' },
    ]);
    expect(
      graph.nodes.map((node) => [
        node.id,
        node.type,
        node.sectors,
        node.segment,
        node.awardLevel,
        node.key,
        node.locality,
      ]),
    ).toEqual([
      ['c1', 'chain', [], '', 'none', false, 'local'],
      ['s1', 'segment', ['c1'], 'upstream', 'none', true, 'local'],
      ['e1', 'enterprise', ['c1'], 's1', 'provincial', false, 'local'],
      ['e2', 'enterprise', ['c1', '新材料'], 'midstream', 'national', false, 'outside'],
    ]);
    expect(graph.edges.map((edge) => [edge.id, edge.directed, edge.weight])).toEqual([
      ['e1->e2#cooperation', false, 2],
      ['e2->e1#cooperation', false, undefined],
      ['e1->s1#membership', true, undefined],
      ['e1->e1#investment', true, undefined],
      ['e1->e2#supply', true, undefined],
    ]);
  });

  it('unknown enum values are warned about and defaulted; an unknown relation is kept', () => {
    const { graph, report } = importTexts({
      'n.csv':
        'id,type,award_level,awards,locality,key,x,y\na,robot,gold,国家级绿色工厂,mars,maybe,1.5,east\nb,,,,,,-2,1e3\n',
      'e.csv': 'source,target,relation,weight\na,b,Subcontract,-1\na,b,SUPPLY,0.5\n',
    });
    expect(brief(report.problems)).toEqual([
      { code: 'unknown-type', row: 2, column: 'type', value: 'robot' },
      { code: 'unknown-award-level', row: 2, column: 'award_level', value: 'gold' },
      { code: 'unknown-locality', row: 2, column: 'locality', value: 'mars' },
      { code: 'unknown-key-value', row: 2, column: 'key', value: 'maybe' },
      { code: 'invalid-coordinate', row: 2, column: 'y', value: 'east' },
      { code: 'missing-type', row: 3, column: 'type', value: '' },
      { code: 'unknown-relation', row: 2, column: 'relation', value: 'Subcontract' },
      { code: 'invalid-weight', row: 2, column: 'weight', value: '-1' },
    ]);
    const [a, b] = graph.nodes;
    expect(a).toMatchObject({
      type: 'enterprise',
      awardLevel: 'national',
      locality: 'local',
      key: false,
      x: 1.5,
    });
    expect(a?.y).toBeUndefined();
    expect(b).toMatchObject({ x: -2, y: 1000 });
    expect(graph.edges.map((edge) => [edge.relation, edge.directed, edge.weight])).toEqual([
      ['Subcontract', false, undefined],
      ['supply', true, 0.5],
    ]);
  });

  it('repeated edges get ~2, ~3 ids, with a warning each', () => {
    const { graph, report } = importTexts({
      'e.csv': 'source,target,relation\na,b,supply\na,b,供应\na,b,supply\nb,a,supply\n',
    });
    expect(graph.edges.map((edge) => edge.id)).toEqual([
      'a->b#supply',
      'a->b#supply~2',
      'a->b#supply~3',
      'b->a#supply',
    ]);
    expect(codes(report.problems)).toEqual(['duplicate-edge', 'duplicate-edge', 'nodes-from-edges']);
  });

  it('an endpoint named by a name that several nodes share is an error', () => {
    const { report } = importTexts({
      'n.csv': 'id,name,type\na,同名,enterprise\nb,同名,enterprise\n',
      'e.csv': 'source,target\na,同名\na,b\n',
    });
    expect(brief(report.problems)).toEqual([
      { code: 'ambiguous-endpoint', row: 2, column: 'target', value: '同名' },
    ]);
  });

  it('values and headers are trimmed; header case, `_`, `-` and spaces do not matter', () => {
    const { graph, report } = importTexts({
      'n.csv': ' ID , Award-Level ,NODE name, Type \n  a  , 省级 ,  名字  , enterprise \n',
    });
    expect(report.files[0]?.columns).toEqual({
      ID: 'id',
      'Award-Level': 'award_level',
      'NODE name': 'name',
      Type: 'type',
    });
    expect(graph.nodes[0]).toMatchObject({ id: 'a', name: '名字', awardLevel: 'provincial' });
  });

  it('a column named exactly as a field wins over an alias; the alias column is kept as an attribute', () => {
    const { graph, report } = importTexts({ 'n.csv': 'label,name,id,type\nL,N,a,enterprise\n' });
    expect(report.files[0]?.columns).toEqual({ label: '', name: 'name', id: 'id', type: 'type' });
    expect(graph.nodes[0]?.name).toBe('N');
    expect(graph.nodes[0]?.attributes.label).toBe('L');
  });

  it('a header written twice, and a headerless column with data, are ignored with a warning', () => {
    const { graph, report } = importTexts({
      'n.csv': 'id,type,note,note,\na,enterprise,1,2,\nb,enterprise,3,4,stray\n',
    });
    expect(brief(report.problems)).toEqual([
      { code: 'duplicate-column', column: 'note' },
      { code: 'unnamed-column', row: 3, value: 'stray' },
    ]);
    expect(graph.nodes.map((node) => node.attributes.note)).toEqual(['1', '3']);
  });

  it('a delimiter is taken only when the required columns appear with it', () => {
    // Commas split this header into more cells, but only semicolons give an id column.
    const { graph, report } = importTexts({ 'n.csv': 'id;notes,a,b,c\nx;1,2,3,4\n' });
    expect(report.files[0]?.delimiter).toBe(';');
    expect(graph.nodes.map((node) => [node.id, node.attributes['notes,a,b,c']])).toEqual([['x', '1,2,3,4']]);
  });
});

describe('single-file imports', () => {
  it('a Gephi edge list alone builds its nodes, and its Type column sets the direction', () => {
    const { graph, report } = importFiles([fixture('gephi-edges.csv')]);
    expect(brief(report.problems)).toEqual([{ code: 'nodes-from-edges' }]);
    expect(report.problems[0]?.params).toEqual({ count: '4' });
    expect(report.files[0]?.columns).toEqual({
      Source: 'source',
      Target: 'target',
      Type: 'directed',
      Id: '',
      Label: 'label',
      Weight: 'weight',
    });
    expect(graph.nodes.map((node) => [node.id, node.name, node.type])).toEqual([
      ['a', 'a', 'enterprise'],
      ['b', 'b', 'enterprise'],
      ['c', 'c', 'enterprise'],
      ['00123', '00123', 'enterprise'],
    ]);
    expect(graph.edges.map((edge) => [edge.id, edge.relation, edge.directed, edge.weight])).toEqual([
      ['a->b#related', 'related', true, 1],
      ['b->c#related', 'related', true, 2.5],
      ['c->a#related', 'related', false, 1],
      ['00123->a#related', 'related', true, undefined],
    ]);
    expect(graph.edgeExtraColumns).toEqual(['Type', 'Id']);
  });

  it('the pair’s edge list alone, as the drop test imports it', () => {
    const { report } = importFiles([fixture('pair-edges.csv')]);
    expect([report.fatal, report.nodeCount, report.edgeCount, codes(report.problems)]).toEqual([
      false,
      8,
      9,
      ['unknown-relation', 'nodes-from-edges'],
    ]);
  });

  it('an edge row with an empty end makes no node of its other end', () => {
    const { graph, report } = importTexts({ 'e.csv': 'source,target\na,b\n,c\nd,\n' });
    expect(graph.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(brief(report.problems).slice(0, 2)).toEqual([
      { code: 'empty-endpoint', row: 3, column: 'source', value: '' },
      { code: 'empty-endpoint', row: 4, column: 'target', value: '' },
    ]);
  });

  it('a Type column with relations in it is the relation', () => {
    const { graph } = importTexts({ 'e.csv': 'Source,Target,Type\na,b,投资\nb,c,Directed\n' });
    expect(graph.edges.map((edge) => [edge.relation, edge.directed])).toEqual([
      ['investment', true],
      ['Directed', false],
    ]);
  });

  it('a nodes file alone keeps the current edges whose endpoints still exist', () => {
    const current = importFiles([fixture('pair-nodes.csv'), fixture('pair-edges.csv')]).graph;
    const withoutUniversity =
      'id,type\nchain-ev,chain\nseg-battery,segment\nseg-vehicle,segment\nent-001,enterprise\nent-002,enterprise\nent-003,enterprise\nplat-01,platform\n';
    const { graph, report } = importTexts({ 'n.csv': withoutUniversity }, current);
    expect(graph.edges).toEqual(
      current.edges.filter((edge) => edge.source !== 'uni-01' && edge.target !== 'uni-01'),
    );
    expect(report.problems.at(-1)).toEqual({
      severity: 'warning',
      code: 'edges-dropped',
      file: 'n.csv',
      params: { kept: '7', dropped: '2' },
    });
    const all = importFiles([fixture('pair-nodes.csv')], current).report;
    expect(all.problems).toEqual([
      { severity: 'info', code: 'edges-kept', file: 'pair-nodes.csv', params: { kept: '9' } },
    ]);
    expect(all.edgeCount).toBe(9);
  });
});

describe('robustness', () => {
  it('lists at most PROBLEMS_PER_CODE of one code per file, then sums up the rest', () => {
    const rows = Array.from({ length: PROBLEMS_PER_CODE + 5 }, (_, index) => `n${index},robot`).join('\n');
    const { report } = importTexts({ 'n.csv': `id,type\n${rows}\n` });
    expect(report.problems).toHaveLength(PROBLEMS_PER_CODE + 1);
    expect(report.problems.at(-1)).toEqual({
      severity: 'warning',
      code: 'more-problems',
      file: 'n.csv',
      params: { code: 'unknown-type', count: '5' },
    });
  });

  // Generated here, not committed. Its speed is measured by `npm run bench` in Chromium, never in a unit test.
  it('imports 50,000 generated nodes with every field and unknown column intact', () => {
    const header = 'id,name,type,sector,segment,awards,locality,description,x,y,来源';
    const row = (index: number) =>
      `${String(index).padStart(6, '0')},企业${index},enterprise,chain-1,upstream,高新技术企业;瞪羚企业,local,"说明, 含逗号",${index},${-index / 2},备注${index}`;
    const lines = [
      header,
      'chain-1,产业链一,chain,,,,local,,,,',
      ...Array.from({ length: 50_000 }, (_, index) => row(index)),
    ];
    const { graph, report } = importFiles([textFile('big.csv', lines.join('\r\n'))]);
    expect(report.problems).toEqual([]);
    expect(graph.nodes).toHaveLength(50_001);
    expect(graph.nodes[50_000]).toMatchObject({
      id: '049999',
      sectors: ['chain-1'],
      awardLevel: 'national',
      x: 49_999,
      y: -24_999.5,
    });
    expect(graph.nodes[50_000]?.attributes['来源']).toBe('备注49999');
    expect(graph.nodes[1]).toMatchObject({ id: '000000', description: '说明, 含逗号' });
  }, 60_000);
});
