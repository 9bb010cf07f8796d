import { describe, expect, it } from 'vitest';
import { buildLegend, colorsBesideRing, contrastRatio, nodeVisual } from '../../../src/domain/legend';
import {
  AWARD_STYLES,
  NO_SECTOR_COLOR,
  OUTSIDE_OUTLINE,
  RING_BACKGROUND,
  RING_SEPARATOR,
  SECTOR_PALETTE,
  paletteColor,
} from '../../../src/domain/legend/styles';
import type { AwardLevel } from '../../../src/domain/graph/types';
import { makeGraph, makeNode } from '../helpers';

describe('contrastRatio (WCAG 2)', () => {
  it('gives the published extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#E69F00', '#D4A017')).toBeLessThan(1.1);
  });
});

const HONOURS: AwardLevel[] = ['national', 'provincial', 'municipal'];
// The palette, the colours past it (golden-angle hues) and the grey of nodes with no chain.
const FILLS = [
  ...SECTOR_PALETTE,
  ...Array.from({ length: 24 }, (_, index) => paletteColor(SECTOR_PALETTE, SECTOR_PALETTE.length + index)),
  NO_SECTOR_COLOR,
];

describe('award rings stand out on every chain colour', () => {
  // One chain per fill colour, and one honoured enterprise of each level in each chain.
  const chains = FILLS.map((_, index) => `c${String(index).padStart(2, '0')}`);
  const graph = makeGraph(
    [
      ...chains.map((id) => makeNode({ id, type: 'chain' })),
      ...chains.flatMap((chain) =>
        HONOURS.flatMap((level) => [
          makeNode({ id: `${chain}-${level}`, sectors: [chain], awardLevel: level }),
          // An outside firm's dashed line shows the background in its gaps: still beside the ring.
          makeNode({ id: `${chain}-${level}-out`, sectors: [chain], awardLevel: level, locality: 'outside' }),
        ]),
      ),
      ...HONOURS.map((level) => makeNode({ id: `none-${level}`, awardLevel: level })),
    ],
    [],
  );
  const legend = buildLegend(graph);

  it('draws outside firms with their ring and a dashed dark line, the same colours beside the ring', () => {
    const outside = graph.nodes.filter((node) => node.locality === 'outside');
    expect(outside.length).toBe(FILLS.length * HONOURS.length);
    for (const node of outside) {
      const visual = nodeVisual(node, legend);
      expect(visual).toMatchObject({ outside: true, ringColor: AWARD_STYLES[node.awardLevel].ringColor });
      expect(visual.separatorWidth).toBe(OUTSIDE_OUTLINE.width);
      expect(colorsBesideRing(visual)).toEqual([RING_SEPARATOR.color, RING_BACKGROUND]);
    }
  });

  it('draws the chains in every palette colour', () => {
    const drawn = new Set(graph.nodes.map((node) => nodeVisual(node, legend).color));
    for (const fill of FILLS) expect(drawn).toContain(fill);
  });

  for (const level of HONOURS) {
    it(`${level}: at least 3:1 against the colour drawn on each side of the ring`, () => {
      const failures = graph.nodes
        .filter((node) => node.awardLevel === level)
        .flatMap((node) => {
          const visual = nodeVisual(node, legend);
          expect(visual.ringColor).toBe(AWARD_STYLES[level].ringColor);
          return colorsBesideRing(visual)
            .map((beside) => ({
              fill: visual.color,
              beside,
              ratio: contrastRatio(visual.ringColor ?? '', beside),
            }))
            .filter(({ ratio }) => ratio < 3);
        });
      expect(failures).toEqual([]);
    });
  }
});
