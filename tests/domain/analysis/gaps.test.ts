import { describe, expect, it } from 'vitest';
import { chainGapBoard } from '../../../src/domain/analysis';
import { makeEdge, makeGraph, makeNode } from '../helpers';

// Chain ev has five segments, listed out of stage order on purpose:
//   Vehicles (down)         — only an outside firm, a university and a bare-stage firm → missing
//   Cells (up, key)         — e1 national + e2                                         → strong
//   Motors (mid)            — e3 alone                                                 → weak
//   Controllers (mid, key)  — e4, e5 by membership edges (one written backwards), no award → weak
//   Recycling (no stage)    — nobody                                                   → missing
// Chain pv has no segment; e8 is its only enterprise.
const board = makeGraph(
  [
    makeNode({ id: 'ev', name: 'EV', type: 'chain' }),
    makeNode({ id: 'pv', name: 'PV', type: 'chain' }),
    makeNode({ id: 'vehicles', name: 'Vehicles', type: 'segment', sectors: ['ev'], segment: 'downstream' }),
    makeNode({
      id: 'cells',
      name: 'Cells',
      type: 'segment',
      sectors: ['ev'],
      segment: 'upstream',
      key: true,
    }),
    makeNode({ id: 'motors', name: 'Motors', type: 'segment', sectors: ['ev'], segment: 'midstream' }),
    makeNode({
      id: 'controllers',
      name: 'Controllers',
      type: 'segment',
      sectors: ['ev'],
      segment: 'midstream',
      key: true,
    }),
    makeNode({ id: 'recycling', name: 'Recycling', type: 'segment', sectors: ['ev'] }),
    makeNode({ id: 'e1', name: 'E1', segment: 'cells', awardLevel: 'national', awards: ['单项冠军'] }),
    makeNode({ id: 'e2', name: 'E2', segment: 'cells' }),
    makeNode({ id: 'e3', name: 'E3', segment: 'motors', awardLevel: 'provincial' }),
    makeNode({ id: 'e4', name: 'E4' }),
    makeNode({ id: 'e5', name: 'E5' }),
    makeNode({ id: 'e6', name: 'E6', segment: 'vehicles', awardLevel: 'national', locality: 'outside' }),
    makeNode({ id: 'e7', name: 'E7', segment: 'downstream', sectors: ['ev'] }),
    makeNode({ id: 'u1', name: 'U1', type: 'university', segment: 'vehicles' }),
    makeNode({ id: 'x', name: 'X', locality: 'outside' }),
    makeNode({ id: 'e8', name: 'E8', sectors: ['pv'] }),
  ],
  [
    makeEdge({ source: 'e4', target: 'controllers', relation: 'membership' }),
    makeEdge({ source: 'controllers', target: 'e5', relation: 'membership' }),
    makeEdge({ source: 'e6', target: 'e1', relation: 'supply' }),
    makeEdge({ source: 'e2', target: 'e1', relation: 'supply' }),
    makeEdge({ id: 'e2->e1#supply#2', source: 'e2', target: 'e1', relation: 'supply' }),
    makeEdge({ source: 'e1', target: 'e3', relation: 'supply' }),
    makeEdge({ source: 'e6', target: 'e7', relation: 'supply' }),
    makeEdge({ source: 'x', target: 'e4', relation: 'supply' }),
    makeEdge({ source: 'e5', target: 'e6', relation: 'cooperation' }),
  ],
);

const enterprise = (
  id: string,
  awardLevel: 'national' | 'provincial' | 'none' = 'none',
  awards: string[] = [],
) => ({
  id,
  name: id.toUpperCase(),
  awardLevel,
  awards,
});

describe('chainGapBoard', () => {
  const [ev, pv] = chainGapBoard(board);

  it('lists each chain’s segments upstream to downstream with their local enterprises and status', () => {
    expect(ev?.segments).toEqual([
      {
        id: 'cells',
        name: 'Cells',
        stage: 'upstream',
        key: true,
        weight: 2,
        status: 'strong',
        value: 1,
        localEnterprises: [enterprise('e1', 'national', ['单项冠军']), enterprise('e2')],
      },
      {
        id: 'motors',
        name: 'Motors',
        stage: 'midstream',
        key: false,
        weight: 1,
        status: 'weak',
        value: 0.5,
        localEnterprises: [enterprise('e3', 'provincial')],
      },
      {
        id: 'controllers',
        name: 'Controllers',
        stage: 'midstream',
        key: true,
        weight: 2,
        status: 'weak',
        value: 0.5,
        localEnterprises: [enterprise('e4'), enterprise('e5')],
      },
      {
        id: 'vehicles',
        name: 'Vehicles',
        stage: 'downstream',
        key: false,
        weight: 1,
        status: 'missing',
        value: 0,
        localEnterprises: [],
      },
      {
        id: 'recycling',
        name: 'Recycling',
        stage: null,
        key: false,
        weight: 1,
        status: 'missing',
        value: 0,
        localEnterprises: [],
      },
    ]);
  });

  it('scores completeness as the weighted share, with the terms that make it up', () => {
    // Cells 2×1 + Motors 1×0.5 + Controllers 2×0.5 = 3.5 of a possible 2+1+2+1+1 = 7.
    expect(ev?.completeness).toEqual({ score: 0.5, earned: 3.5, possible: 7 });
    expect(pv?.completeness).toEqual({ score: null, earned: 0, possible: 0 });
  });

  it('measures local supply per chain and per enterprise, and finds single-supplier dependencies', () => {
    // e1 ← e6 (outside), e2 (twice, one tie); e3 ← e1; e4 ← x (outside); e7 ← e6 (outside).
    expect(ev?.localSupply).toEqual({ localTies: 2, ties: 5, rate: 0.4 });
    expect(ev?.enterprises).toEqual([
      { id: 'e1', name: 'E1', suppliers: 2, localSuppliers: 1, localSupplyRate: 0.5 },
      { id: 'e2', name: 'E2', suppliers: 0, localSuppliers: 0, localSupplyRate: null },
      { id: 'e3', name: 'E3', suppliers: 1, localSuppliers: 1, localSupplyRate: 1 },
      { id: 'e4', name: 'E4', suppliers: 1, localSuppliers: 0, localSupplyRate: 0 },
      { id: 'e5', name: 'E5', suppliers: 0, localSuppliers: 0, localSupplyRate: null },
      { id: 'e7', name: 'E7', suppliers: 1, localSuppliers: 0, localSupplyRate: 0 },
    ]);
    expect(ev?.singleSupplierDependencies).toEqual([
      { enterpriseId: 'e3', supplierId: 'e1', supplierLocality: 'local' },
      { enterpriseId: 'e4', supplierId: 'x', supplierLocality: 'outside' },
      { enterpriseId: 'e7', supplierId: 'e6', supplierLocality: 'outside' },
    ]);
    expect(pv).toMatchObject({
      chainId: 'pv',
      chainName: 'PV',
      segments: [],
      localSupply: { localTies: 0, ties: 0, rate: null },
      enterprises: [{ id: 'e8', suppliers: 0, localSupplyRate: null }],
      singleSupplierDependencies: [],
    });
  });

  it('has one report per chain node and none without chains', () => {
    expect(chainGapBoard(board).map((report) => report.chainId)).toEqual(['ev', 'pv']);
    expect(chainGapBoard(makeGraph([makeNode({ id: 'lonely' })]))).toEqual([]);
  });
});
