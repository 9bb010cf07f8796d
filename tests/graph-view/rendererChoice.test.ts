import { describe, expect, it } from 'vitest';
import { WEBGL_ELEMENT_THRESHOLD, chooseRenderer } from '../../src/graph-view/rendererChoice';

const big = WEBGL_ELEMENT_THRESHOLD + 1;
const hardware = {
  webgl2: true,
  renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)',
};

describe('chooseRenderer', () => {
  it('uses WebGL only for a big map on a hardware GPU', () => {
    expect(chooseRenderer(big, hardware)).toMatchObject({ webgl: true, reason: 'hardware-gl' });
    expect(chooseRenderer(WEBGL_ELEMENT_THRESHOLD - 1, hardware)).toMatchObject({
      webgl: false,
      reason: 'small-map',
    });
  });

  it('keeps the canvas renderer on software rasterisers, whatever the size', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      '',
    ]) {
      expect(chooseRenderer(big, { webgl2: true, renderer })).toMatchObject({
        webgl: false,
        reason: 'software-gl',
      });
    }
  });

  it('keeps the canvas renderer where WebGL2 is missing (the WebGL renderer would throw)', () => {
    expect(chooseRenderer(big, { webgl2: false, renderer: '' })).toMatchObject({
      webgl: false,
      reason: 'no-webgl2',
    });
  });
});
