import { describe, expect, it } from 'vitest';
import { chainGapBoard, gapBoardCsv } from '../../../src/domain/analysis';
import { translate, translateValue, type Lang } from '../../../src/i18n';
import type { Translator } from '../../../src/store/i18n';
import { gapBoardFileName, gapBoardLabels } from '../../../src/features/analysis/gapBoardExport';
import { makeEdge, makeGraph, makeNode } from '../../domain/helpers';

const translatorOf = (lang: Lang): Translator => ({
  lang,
  t: (key, params) => translate(lang, key, params),
  value: (prefix, value) => translateValue(lang, prefix, value),
});

describe('gap board export', () => {
  it('names the file after the dataset and the day, safe for any file system', () => {
    const day = new Date(2025, 0, 7, 23, 59);
    expect(gapBoardFileName({ kind: 'bundled' }, day)).toBe('gap-board_bundled-map_2025-01-07.csv');
    expect(gapBoardFileName({ kind: 'upload', files: ['薛家 nodes.csv', 'edges.CSV'], time: 0 }, day)).toBe(
      'gap-board_薛家_nodes+edges_2025-01-07.csv',
    );
    expect(gapBoardFileName({ kind: 'upload', files: ['a:b/c?.csv'], time: 0 }, day)).toBe(
      'gap-board_a_b_c__2025-01-07.csv',
    );
    expect(gapBoardFileName({ kind: 'example', time: 0 }, day)).toBe(
      'gap-board_fictional-example_2025-01-07.csv',
    );
  });

  it('writes the board in the UI language: headers, stages, statuses and levels', () => {
    const graph = makeGraph(
      [
        makeNode({ id: 'c', name: '牙科', type: 'chain', sectors: ['c'] }),
        makeNode({ id: 's', name: '设备', type: 'segment', sectors: ['c'], segment: 'upstream', key: true }),
        makeNode({ id: 'e', name: '赛乐', sectors: ['c'], awardLevel: 'national' }),
      ],
      [makeEdge({ source: 'e', target: 's', relation: 'membership' })],
    );
    const [header, row] = gapBoardCsv(chainGapBoard(graph), gapBoardLabels(translatorOf('zh')))
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(header).toBe('产业链,完整度,本地配套率,链位,环节,关键环节,状态,权重,得分,本地企业数,本地企业');
    expect(row).toBe('牙科,0.5,,上游,设备,关键环节,薄弱,2,0.5,1,赛乐 (国家级)');
    expect(gapBoardCsv(chainGapBoard(graph), gapBoardLabels(translatorOf('en'))).split('\r\n')[1]).toBe(
      '牙科,0.5,,Upstream,设备,Key segment,Weak,2,0.5,1,赛乐 (National)',
    );
  });
});
