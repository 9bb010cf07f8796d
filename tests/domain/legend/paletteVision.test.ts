import { describe, expect, it } from 'vitest';
import { NO_SECTOR_COLOR, SECTOR_PALETTE } from '../../../src/domain/legend/styles';
import { deltaE2000, labAs, type Vision } from './colourVision';

/**
 * Two chains are told apart by colour only if their colours differ clearly for every viewer: a
 * CIEDE2000 difference of at least 10 (about where two flat fills stop passing for one colour at a
 * glance) between every pair of chain colours, and between each and the grey of nodes with no chain,
 * with normal vision and as deuteranopes and protanopes see them (Machado 2009, full severity).
 * Past the palette's colours, golden-angle hues make no such promise.
 */
const THRESHOLD = 10;
const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];
const COLOURS = [...SECTOR_PALETTE, NO_SECTOR_COLOR];

describe('colour science', () => {
  it('gives the published CIEDE2000 test pairs (Sharma et al. 2005)', () => {
    expect(deltaE2000({ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 })).toBeCloseTo(
      2.0425,
      4,
    );
    expect(deltaE2000({ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 })).toBeCloseTo(27.1492, 4);
    expect(
      deltaE2000({ l: 2.0776, a: 0.0795, b: -1.135 }, { l: 0.9033, a: -0.0636, b: -0.5514 }),
    ).toBeCloseTo(0.9082, 4);
  });

  it('collapses red and green for a deuteranope, and not for normal vision', () => {
    const [red, green] = ['#D62728', '#2CA02C'];
    const difference = (vision: Vision) => deltaE2000(labAs(red, vision), labAs(green, vision));
    expect(difference('normal')).toBeGreaterThan(40);
    expect(difference('deuteranopia')).toBeLessThan(THRESHOLD);
  });
});

describe('chain palette under colour-vision deficiency', () => {
  for (const vision of VISIONS) {
    it(`every pair differs by ΔE2000 ≥ ${THRESHOLD} (${vision})`, () => {
      const close: string[] = [];
      COLOURS.forEach((one, i) => {
        COLOURS.slice(i + 1).forEach((two) => {
          const difference = deltaE2000(labAs(one, vision), labAs(two, vision));
          if (difference < THRESHOLD) close.push(`${one}/${two}: ${difference.toFixed(1)}`);
        });
      });
      expect(close).toEqual([]);
    });
  }
});
