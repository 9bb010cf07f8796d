import { describe, expect, it } from 'vitest';
import {
  LANE_FRAME,
  ROW_SPACING,
  chainLanes,
  hasPresetPositions,
  laneFrame,
  shownLanes,
  type ChainLanes,
} from '../../../src/domain/layout';
import { makeEdge, makeGraph, makeNode } from '../helpers';
import { expectMinDistance } from './assertions';

const graph = makeGraph(
  [
    makeNode({ id: 'ev', name: '新能源汽车', type: 'chain' }),
    makeNode({ id: 'bio', name: '生物医药', type: 'chain' }),
    makeNode({ id: 'ev-down', name: '整车', type: 'segment', sectors: ['ev'], segment: 'downstream' }),
    makeNode({ id: 'ev-up', name: '电池材料', type: 'segment', sectors: ['ev'], segment: 'upstream' }),
    makeNode({ id: 'ev-mid', name: '电池', type: 'segment', sectors: ['ev'], segment: 'midstream' }),
    makeNode({ id: 'ev-misc', name: '配套', type: 'segment', sectors: ['ev'] }),
    makeNode({ id: 'lost-seg', name: '无链环节', type: 'segment', segment: 'upstream' }),
    makeNode({ id: 'e-up', sectors: ['ev'], segment: 'ev-up' }),
    makeNode({ id: 'e-mid', sectors: ['ev'] }),
    makeNode({ id: 'e-down-stage', sectors: ['ev'], segment: 'downstream' }),
    makeNode({ id: 'e-chain', sectors: ['ev'] }),
    makeNode({ id: 'e-lost-seg', sectors: ['ev'], segment: 'lost-seg' }),
    makeNode({ id: 'b-up', sectors: ['bio'], segment: 'upstream' }),
    makeNode({ id: 'b-2', sectors: ['bio', 'ev'] }),
    makeNode({ id: 'u1', type: 'university', sectors: ['ev'] }),
    makeNode({ id: 'pl', type: 'platform', sectors: ['ev'] }),
    makeNode({ id: 'p-none', type: 'platform' }),
    makeNode({ id: 'nowhere' }),
    makeNode({ id: 'stray', sectors: ['不存在的链'] }),
  ],
  [
    makeEdge({ source: 'e-mid', target: 'ev-mid', relation: 'membership' }),
    // u1 declares ev but works mostly with bio: it serves bio.
    makeEdge({ source: 'u1', target: 'e-up', relation: 'research' }),
    makeEdge({ source: 'u1', target: 'b-up', relation: 'research' }),
    makeEdge({ source: 'b-2', target: 'u1', relation: 'research' }),
  ],
);

const lanes = chainLanes(graph);
const at = (result: ChainLanes, id: string) => {
  const point = result.positions.get(id);
  if (!point) throw new Error(`${id} was not placed`);
  return point;
};
const band = (result: ChainLanes, chainId: string) =>
  result.bands.find((candidate) => candidate.chainId === chainId);
const column = (result: ChainLanes, section: string) =>
  result.columns.find((candidate) => candidate.section === section);
const expectInBand = (result: ChainLanes, id: string, chainId: string) => {
  const { y } = at(result, id);
  expect(y, id).toBeGreaterThan(band(result, chainId)?.top ?? Infinity);
  expect(y, id).toBeLessThan(band(result, chainId)?.bottom ?? -Infinity);
};

describe('chainLanes', () => {
  it('places every node once, bands sorted by chain name and not overlapping', () => {
    expect([...lanes.positions.keys()].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(lanes.bands.map((entry) => entry.chainId)).toEqual(['ev', 'bio']);
    const [first, second] = lanes.bands;
    expect(first?.bottom ?? Infinity).toBeLessThan(second?.top ?? -Infinity);
  });

  it('orders columns upstream < midstream < downstream, the chain node left and support right', () => {
    expect(lanes.columns.map((entry) => entry.section)).toEqual([
      'chain',
      'upstream',
      'midstream',
      'downstream',
      'support',
    ]);
    expect(at(lanes, 'ev-up').x).toBeLessThan(at(lanes, 'ev-mid').x);
    expect(at(lanes, 'ev-mid').x).toBeLessThan(at(lanes, 'ev-down').x);
    expect(at(lanes, 'e-up').x).toBeLessThan(at(lanes, 'e-mid').x);
    expect(at(lanes, 'e-mid').x).toBeLessThan(at(lanes, 'e-down-stage').x);
    expect(at(lanes, 'ev').x).toBeLessThan(at(lanes, 'ev-misc').x);
    expect(at(lanes, 'ev-misc').x).toBeLessThan(at(lanes, 'ev-up').x);
    for (const [id, section] of [
      ['e-up', 'upstream'],
      ['e-mid', 'midstream'],
      ['e-down-stage', 'downstream'],
      ['b-up', 'upstream'],
      ['pl', 'support'],
    ] as const) {
      expect(at(lanes, id).x, id).toBeGreaterThanOrEqual(column(lanes, section)?.left ?? Infinity);
      expect(at(lanes, id).x, id).toBeLessThanOrEqual(column(lanes, section)?.right ?? -Infinity);
    }
  });

  it('heads each column with its segment node, members below it', () => {
    expect(at(lanes, 'ev-up').y).toBe(at(lanes, 'ev').y);
    expect(at(lanes, 'e-up')).toEqual({ x: at(lanes, 'ev-up').x, y: at(lanes, 'ev-up').y + ROW_SPACING });
    expect(at(lanes, 'e-mid').x).toBe(at(lanes, 'ev-mid').x);
    expect(at(lanes, 'e-chain')).toEqual({ x: at(lanes, 'ev').x, y: at(lanes, 'ev').y + ROW_SPACING });
  });

  it('keeps each chain member inside its band: first chain for a multi-chain node, most-linked band for a university', () => {
    for (const id of [
      'ev',
      'ev-up',
      'ev-mid',
      'ev-down',
      'ev-misc',
      'e-up',
      'e-mid',
      'e-down-stage',
      'e-chain',
      'e-lost-seg',
      'pl',
    ])
      expectInBand(lanes, id, 'ev');
    for (const id of ['bio', 'b-up', 'b-2', 'u1']) expectInBand(lanes, id, 'bio');
    expect(at(lanes, 'u1').x).toBeGreaterThan(column(lanes, 'downstream')?.right ?? Infinity);
  });

  it('bins what belongs to no chain below every band', () => {
    const lowest = Math.max(...lanes.bands.map((entry) => entry.bottom));
    for (const id of ['nowhere', 'p-none', 'lost-seg', 'stray']) {
      expect(at(lanes, id).y, id).toBeGreaterThan(lowest);
      expect(at(lanes, id).y, id).toBeLessThan(lanes.bin?.bottom ?? -Infinity);
    }
    expect(chainLanes(makeGraph([makeNode({ id: 'c', type: 'chain' })])).bin).toBeNull();
  });

  it('keeps labels apart, also when a segment holds many enterprises', () => {
    expectMinDistance(lanes.positions, ROW_SPACING);
    const crowded = makeGraph([
      makeNode({ id: 'c', type: 'chain' }),
      makeNode({ id: 's', type: 'segment', sectors: ['c'], segment: 'midstream' }),
      ...Array.from({ length: 60 }, (_, i) => makeNode({ id: `m${i}`, sectors: ['c'], segment: 's' })),
      ...Array.from({ length: 20 }, (_, i) =>
        makeNode({ id: `t${i}`, sectors: ['c'], segment: 'midstream' }),
      ),
      ...Array.from({ length: 30 }, (_, i) => makeNode({ id: `z${i}` })),
    ]);
    const result = chainLanes(crowded);
    expectMinDistance(result.positions, ROW_SPACING);
    for (let i = 0; i < 60; i += 1) expectInBand(result, `m${i}`, 'c');
    // Wrapped into several columns, all of them under their head.
    const xs = new Set(Array.from({ length: 60 }, (_, i) => at(result, `m${i}`).x));
    expect(xs.size).toBeGreaterThan(1);
    expect(Math.min(...xs)).toBeLessThanOrEqual(at(result, 's').x);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(at(result, 's').x);
  });

  it('puts higher honours first under a head', () => {
    const ranked = chainLanes(
      makeGraph([
        makeNode({ id: 'c', type: 'chain' }),
        makeNode({ id: 'a', sectors: ['c'] }),
        makeNode({ id: 'b', sectors: ['c'], awardLevel: 'national' }),
      ]),
    );
    // Reading order: top to bottom, then left to right.
    const before = (first: string, second: string) =>
      at(ranked, first).y < at(ranked, second).y ||
      (at(ranked, first).y === at(ranked, second).y && at(ranked, first).x < at(ranked, second).x);
    expect(before('b', 'a')).toBe(true);
  });
});

describe('hasPresetPositions', () => {
  it('is true only when every node has a finite x and y', () => {
    expect(
      hasPresetPositions(
        makeGraph([makeNode({ id: 'a', x: 0, y: 1 }), makeNode({ id: 'b', x: -3, y: 2.5 })]),
      ),
    ).toBe(true);
    expect(
      hasPresetPositions(makeGraph([makeNode({ id: 'a', x: 0, y: 1 }), makeNode({ id: 'b', x: 3 })])),
    ).toBe(false);
    expect(hasPresetPositions(makeGraph([makeNode({ id: 'a', x: Number.NaN, y: 1 })]))).toBe(false);
    expect(hasPresetPositions(makeGraph([]))).toBe(false);
  });
});

describe('chainLanes: segments inside a stage', () => {
  it('keep the order of the file, not of their names', () => {
    const ordered = chainLanes(
      makeGraph([
        makeNode({ id: 'bat', name: '动力电池', type: 'chain' }),
        makeNode({ id: 'mine', name: '锂矿资源', type: 'segment', sectors: ['bat'], segment: 'upstream' }),
        makeNode({ id: 'cell', name: '电芯制造', type: 'segment', sectors: ['bat'], segment: 'midstream' }),
        makeNode({ id: 'pack', name: '电池包PACK', type: 'segment', sectors: ['bat'], segment: 'midstream' }),
        makeNode({ id: 'anode', name: '负极材料', type: 'segment', sectors: ['bat'], segment: 'upstream' }),
      ]),
    );
    // Reading order in a stage's column: top to bottom, then left to right.
    const rank = (id: string) => {
      const point = ordered.positions.get(id);
      return point ? point.y * 1e6 + point.x : NaN;
    };
    // By name 电池包PACK would come before 电芯制造, and 锂矿资源 after 负极材料.
    expect(rank('cell')).toBeLessThan(rank('pack'));
    expect(rank('mine')).toBeLessThan(rank('anode'));
  });
});

describe('shownLanes', () => {
  const evOnly = new Set(['ev', 'ev-up', 'ev-mid', 'e-up', 'e-mid']);

  it('keeps only the bands, columns and bin that hold a shown node', () => {
    const shown = shownLanes(lanes, (id) => evOnly.has(id));
    expect(shown.bands.map((band) => band.chainId)).toEqual(['ev']);
    expect(shown.columns.map((column) => column.section)).toEqual(['chain', 'upstream', 'midstream']);
    expect(shown.bin).toBeNull();
    expect([...shown.positions.keys()].sort()).toEqual([...evOnly].sort());
  });

  it('keeps the bin for a shown node of no chain, and everything when all are shown', () => {
    expect(shownLanes(lanes, (id) => id === 'nowhere').bin).toEqual(lanes.bin);
    expect(shownLanes(lanes, () => true)).toEqual(lanes);
  });
});

describe('laneFrame', () => {
  it('holds every node, the band names and the column heads above the first band', () => {
    const frame = laneFrame(lanes);
    const points = [...lanes.positions.values()];
    expect(frame.x1).toBe((lanes.columns[0]?.left ?? NaN) - LANE_FRAME.left);
    expect(frame.x2).toBe(Math.max(...points.map((point) => point.x)) + LANE_FRAME.right);
    expect(frame.y1).toBe((lanes.bands[0]?.top ?? NaN) - LANE_FRAME.textRoom);
    expect(frame.y2).toBe((lanes.bin?.bottom ?? NaN) + LANE_FRAME.bandPad);
    for (const point of points) {
      expect(point.y).toBeGreaterThan(frame.y1);
      expect(point.y).toBeLessThan(frame.y2);
    }
  });

  it('is empty for lanes with nothing shown', () => {
    expect(laneFrame(shownLanes(lanes, () => false)).x1).toBe(Infinity);
  });
});

describe('chainLanes: the shape of the lanes', () => {
  // Five chains, each served by six platforms: stacked one per row, the lanes would be a tall strip.
  const served = makeGraph(
    ['a', 'b', 'c', 'd', 'e'].flatMap((chain) => [
      makeNode({ id: chain, type: 'chain' }),
      ...Array.from({ length: 6 }, (_, index) =>
        makeNode({ id: `${chain}-p${index}`, type: 'platform', sectors: [chain] }),
      ),
    ]),
  );
  const aspectOf = (result: ChainLanes) => {
    const frame = laneFrame(result);
    return (frame.x2 - frame.x1) / (frame.y2 - frame.y1);
  };

  it('comes out about as wide as a laptop map, not as a tall strip', () => {
    const aspect = aspectOf(chainLanes(served));
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan(2.5);
  });

  it('follows the map it is drawn in: wider for a wide one, taller for a phone', () => {
    expect(aspectOf(chainLanes(served, 2.5))).toBeGreaterThan(aspectOf(chainLanes(served, 0.6)));
    expectMinDistance(chainLanes(served, 0.6).positions, ROW_SPACING);
  });

  it('lists every segment heading a block, where its name goes', () => {
    expect(lanes.segments.map((segment) => segment.id).sort()).toEqual([
      'ev-down',
      'ev-mid',
      'ev-misc',
      'ev-up',
    ]);
    for (const segment of lanes.segments) {
      expect(at(lanes, segment.id)).toEqual({ x: (segment.left + segment.right) / 2, y: segment.y });
    }
    expect(shownLanes(lanes, (id) => id !== 'ev-up').segments.map((segment) => segment.id)).not.toContain(
      'ev-up',
    );
  });
});
