import { describe, expect, it } from 'vitest';
import { gapBoardCsv, type ChainGapReport, type GapBoardCsvLabels } from '../../../src/domain/analysis';

const labels: GapBoardCsvLabels = {
  columns: {
    chain: 'Chain',
    completeness: 'Completeness',
    localSupplyRate: 'Local supply rate',
    stage: 'Stage',
    segment: 'Segment',
    key: 'Key',
    status: 'Status',
    weight: 'Weight',
    value: 'Value',
    localEnterpriseCount: 'Local enterprises',
    localEnterprises: 'Names',
  },
  stage: { upstream: 'Upstream', midstream: 'Midstream', downstream: 'Downstream' },
  status: { missing: 'Missing', weak: 'Weak', strong: 'Strong' },
  awardLevel: { national: 'National', provincial: 'Provincial', municipal: 'Municipal', none: 'None' },
  keySegment: 'Key',
};

const report = (
  partial: Partial<ChainGapReport> & Pick<ChainGapReport, 'chainId' | 'chainName'>,
): ChainGapReport => ({
  segments: [],
  completeness: { score: null, earned: 0, possible: 0 },
  localSupply: { localTies: 0, ties: 0, rate: null },
  enterprises: [],
  singleSupplierDependencies: [],
  ...partial,
});

describe('gapBoardCsv', () => {
  it('writes one row per segment, quoting and neutralising what a spreadsheet could misread', () => {
    const board = [
      report({
        chainId: 'ev',
        chainName: '新能源汽车',
        completeness: { score: 2 / 3, earned: 2, possible: 3 },
        localSupply: { localTies: 1, ties: 3, rate: 1 / 3 },
        segments: [
          {
            id: 'cells',
            name: '=HYPERLINK("x")',
            stage: 'upstream',
            key: true,
            weight: 2,
            status: 'strong',
            value: 1,
            localEnterprises: [
              { id: 'a', name: '+Acme, Inc', awardLevel: 'national', awards: [] },
              { id: 'b', name: '-b', awardLevel: 'none', awards: [] },
            ],
          },
          {
            id: 'misc',
            name: 'Misc',
            stage: null,
            key: false,
            weight: 1,
            status: 'missing',
            value: 0,
            localEnterprises: [],
          },
        ],
      }),
      report({ chainId: 'pv', chainName: '@PV' }),
    ];
    expect(gapBoardCsv(board, labels)).toBe(
      '\uFEFF' +
        [
          'Chain,Completeness,Local supply rate,Stage,Segment,Key,Status,Weight,Value,Local enterprises,Names',
          `新能源汽车,0.6667,0.3333,Upstream,"'=HYPERLINK(""x"")",Key,Strong,2,1,2,"'+Acme, Inc (National); -b"`,
          '新能源汽车,0.6667,0.3333,,Misc,,Missing,1,0,0,',
          "'@PV,,,,,,,,,,",
        ].join('\r\n') +
        '\r\n',
    );
  });
});
