import { describe, expect, it } from 'vitest';
import { labelShown } from '../../src/graph-view/nodeLabels';
import type { LayerNode } from '../../src/graph-view/nodeLooks';

const node = (type: string, level = 'none'): LayerNode => ({
  id: type,
  x: 0,
  y: 0,
  width: 30,
  height: 30,
  shape: 'ellipse',
  color: '#999999',
  slices: [],
  ringColor: null,
  ringWidth: 0,
  separatorWidth: 0,
  outside: false,
  label: 'name',
  type,
  level,
  sectors: [],
  change: null,
});

describe('labelShown on the node layer', () => {
  it('in the chain lanes: only once 10 px on screen, and never for a segment (the lane overlay names it)', () => {
    // 14 px type: 9.8 px at zoom 0.7, 10.5 at 0.75; national 17 px: 6.8 at 0.4.
    expect(labelShown(node('enterprise'), 0.7, 1)).toBe(true);
    expect(labelShown(node('enterprise'), 0.7, 1, true)).toBe(false);
    expect(labelShown(node('enterprise'), 0.75, 1, true)).toBe(true);
    expect(labelShown(node('enterprise', 'national'), 0.4, 1)).toBe(true);
    expect(labelShown(node('enterprise', 'national'), 0.4, 1, true)).toBe(false);
    expect(labelShown(node('segment'), 2, 1)).toBe(true);
    expect(labelShown(node('segment'), 2, 1, true)).toBe(false);
  });
});
