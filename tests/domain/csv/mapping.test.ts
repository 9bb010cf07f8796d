import { describe, expect, it } from 'vitest';
import { importFiles, type ColumnMapping } from '../../../src/domain/csv/import';
import { guessRoles } from '../../../src/domain/csv/headers';
import { codes, fixture } from './helpers';

const files = () => [fixture('unmapped-nodes.csv'), fixture('unmapped-edges.csv')];
const mappings: ColumnMapping[] = [
  { file: 'unmapped-nodes.csv', roles: ['id', 'name', 'type', 'keep'] },
  { file: 'unmapped-edges.csv', roles: ['source', 'target', 'relation'] },
];

describe('importing with a column mapping', () => {
  it('without a mapping, unrecognised headers are fatal and the report previews each file', () => {
    const { report } = importFiles(files());
    expect(report.fatal).toBe(true);
    expect(codes(report.problems)).toEqual(['missing-required-columns', 'missing-required-columns']);
    expect(report.files[0]?.preview).toEqual({
      header: ['Code', 'Company', 'Category', 'Remark'],
      rows: [
        ['m-1', 'Alpha Biotech', 'enterprise', 'first'],
        ['m-2', 'Beta Dental', 'enterprise', ''],
        ['m-3', 'Gamma University', 'university', 'partner'],
        ['m-4', 'Delta Park', 'platform', ''],
      ],
    });
    expect(report.files[1]?.preview?.header).toEqual(['From Code', 'To Code', 'Kind of tie']);
  });

  it('reads each column as the field assigned to it, and keeps the rest as attributes', () => {
    const { graph, report } = importFiles(files(), undefined, { mappings });
    expect(report.fatal).toBe(false);
    expect(report.problems).toEqual([]);
    expect(report.files.map((file) => file.role)).toEqual(['nodes', 'edges']);
    expect(report.files[0]?.columns).toEqual({ Code: 'id', Company: 'name', Category: 'type', Remark: '' });
    expect(graph.nodes.map((node) => [node.id, node.name, node.type, node.attributes.Remark])).toEqual([
      ['m-1', 'Alpha Biotech', 'enterprise', 'first'],
      ['m-2', 'Beta Dental', 'enterprise', undefined],
      ['m-3', 'Gamma University', 'university', 'partner'],
      ['m-4', 'Delta Park', 'platform', undefined],
    ]);
    expect(graph.nodeExtraColumns).toEqual(['Remark']);
    expect(graph.edges.map((edge) => edge.id)).toEqual([
      'm-1->m-2#supply',
      'm-3->m-1#research',
      'm-4->m-2#service',
    ]);
  });

  it('still previews a mapped file, so the mapping can be edited', () => {
    const { report } = importFiles(files(), undefined, { mappings });
    expect(report.files[0]?.preview?.header).toEqual(['Code', 'Company', 'Category', 'Remark']);
  });

  it('keeps an alias-named column as an attribute when the user says keep', () => {
    const { graph } = importFiles([fixture('fatal-no-id.csv')], undefined, {
      mappings: [{ file: 'fatal-no-id.csv', roles: ['id', 'keep', 'keep'] }],
    });
    expect(graph.nodes[0]).toMatchObject({ id: '星辰电池', name: '星辰电池', type: 'enterprise' });
    expect({ ...graph.nodes[0]?.attributes }).toEqual({ type: 'enterprise', sector: '新能源汽车' });
  });

  it('counts a role of the other kind of file as keep', () => {
    const { graph, report } = importFiles([fixture('unmapped-edges.csv')], undefined, {
      mappings: [{ file: 'unmapped-edges.csv', roles: ['source', 'target', 'name'] }],
    });
    expect(report.fatal).toBe(false);
    expect(graph.edges.map((edge) => [edge.relation, edge.attributes['Kind of tie']])).toEqual([
      ['related', 'supply'],
      ['related', 'research'],
      ['related', 'service'],
    ]);
  });

  it('stays fatal when the mapping gives no id (nodes) or no source and target (edges)', () => {
    const { report } = importFiles([fixture('unmapped-nodes.csv')], undefined, {
      mappings: [{ file: 'unmapped-nodes.csv', roles: ['keep', 'name', 'type', 'keep'] }],
    });
    expect(report.fatal).toBe(true);
    expect(codes(report.problems)).toEqual(['missing-required-columns']);
  });

  it('ignores a mapping whose column count no longer fits the file, and one for a file whose headers are known', () => {
    const stale = importFiles([fixture('unmapped-nodes.csv')], undefined, {
      mappings: [{ file: 'unmapped-nodes.csv', roles: ['id', 'name'] }],
    });
    expect(stale.report.fatal).toBe(true);
    const known = importFiles([fixture('pair-nodes.csv')], undefined, {
      mappings: [{ file: 'pair-nodes.csv', roles: ['keep', 'id'] }],
    });
    expect(known.graph.nodes[0]?.id).toBe('chain-ev');
    expect(known.report.files[0]?.preview).toBeUndefined();
  });
});

describe('guessRoles', () => {
  it('gives each column the field its header spells for that kind of file, else keep', () => {
    expect(guessRoles(['name', 'type', 'sector'], 'nodes')).toEqual(['name', 'type', 'sector']);
    expect(guessRoles(['name', 'type', 'sector'], 'edges')).toEqual(['keep', 'relation', 'keep']);
    expect(guessRoles(['Code', 'Label', 'label'], 'nodes')).toEqual(['keep', 'name', 'keep']);
  });
});
