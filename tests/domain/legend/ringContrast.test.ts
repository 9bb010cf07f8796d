import { describe, expect, it } from 'vitest';
import { buildLegend, colorsBesideRing, contrastRatio, nodeVisual } from '../../../src/domain/legend';
import {
  AWARD_STYLES,
  NO_SECTOR_COLOR,
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
        HONOURS.map((level) => makeNode({ id: `${chain}-${level}`, sectors: [chain], awardLevel: level })),
      ),
      ...HONOURS.map((level) => makeNode({ id: `none-${level}`, awardLevel: level })),
    ],
    [],
  );
  const legend = buildLegend(graph);

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
