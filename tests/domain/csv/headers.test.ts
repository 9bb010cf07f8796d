import { describe, expect, it } from 'vitest';
import {
  detectRole,
  normaliseHeader,
  planEdgeColumns,
  planNodeColumns,
} from '../../../src/domain/csv/headers';

describe('headers', () => {
  it('normalises case, spaces, `_` and `-` alike', () => {
    expect(['award_level', ' Award Level ', 'AWARD-LEVEL', 'award -_ level'].map(normaliseHeader)).toEqual(
      Array(4).fill('award_level'),
    );
  });

  it.each([
    [['Id', 'Label'], 'nodes'],
    [['编号', '名称'], 'nodes'],
    [['节点ID'], 'nodes'],
    [['Source', 'Target', 'Type', 'Id', 'Label', 'Weight'], 'edges'],
    [['起点', '终点'], 'edges'],
    [['供方', '需方'], 'edges'],
    [['from', 'to'], 'edges'],
    [['source'], undefined],
    [['name', 'type'], undefined],
    [['__proto__', 'constructor', 'toString'], undefined],
  ])('%j is %s', (header, role) => {
    expect(detectRole(header)).toBe(role);
  });

  it('maps English, Chinese and Gephi aliases to the contract fields', () => {
    const plan = planNodeColumns([
      'Id',
      '企业名称',
      '类别',
      '所属产业链',
      '链位',
      '荣誉等级',
      '资质',
      '区域',
      '关键环节',
      '简介',
      '出处',
      '网址',
      'X',
      'y',
      '其他',
    ]);
    expect(Object.fromEntries(plan.claims)).toEqual({
      id: [0],
      name: [1],
      type: [2],
      sector: [3],
      segment: [4],
      award_level: [5],
      awards: [6],
      locality: [7],
      key: [8],
      description: [9],
      evidence: [10],
      url: [11],
      x: [12],
      y: [13],
    });
    expect(plan.unknown).toEqual([14]);
    const edges = planEdgeColumns(['起点', '终点', '关系类型', '权重', '说明', '依据']);
    expect(Object.fromEntries(edges.claims)).toEqual({
      source: [0],
      target: [1],
      relation: [2],
      weight: [3],
      label: [4],
      evidence: [5],
    });
  });

  it('puts a column named exactly as the field before aliases, and sets aside empty and repeated headers', () => {
    const plan = planNodeColumns(['label', 'x1', 'Name', '', 'x1', 'name']);
    expect(plan.claims.get('name')).toEqual([2, 5, 0]);
    expect([plan.unknown, plan.unnamed, plan.repeated]).toEqual([[1], [3], [4]]);
  });
});
