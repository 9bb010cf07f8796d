/**
 * Which cytoscape renderer draws the map. Measured here (headless Chromium, software WebGL) the
 * WebGL renderer was 2–3× slower than the canvas one, so it only pays on a real GPU and a big map.
 */
export const WEBGL_ELEMENT_THRESHOLD = 20_000;

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export interface GpuInfo {
  webgl2: boolean;
  /** The unmasked renderer string, '' when the browser hides it. */
  renderer: string;
}

export type RendererReason = 'small-map' | 'no-webgl2' | 'software-gl' | 'hardware-gl';

export interface RendererChoice {
  webgl: boolean;
  reason: RendererReason;
  gpu: string;
}

export const chooseRenderer = (elementCount: number, gpu: GpuInfo): RendererChoice => {
  const base = { gpu: gpu.renderer };
  if (!gpu.webgl2) return { ...base, webgl: false, reason: 'no-webgl2' };
  // An unknown renderer is treated as software: WebGL on a software rasteriser is the slow case.
  if (gpu.renderer === '' || SOFTWARE_RENDERER.test(gpu.renderer))
    return { ...base, webgl: false, reason: 'software-gl' };
  if (elementCount < WEBGL_ELEMENT_THRESHOLD) return { ...base, webgl: false, reason: 'small-map' };
  return { ...base, webgl: true, reason: 'hardware-gl' };
};

let probed: GpuInfo | null = null;

/** Whether the browser was asked already (probeGpu answers at once from then on). */
export const gpuProbed = (): boolean => probed !== null;

/** Asks the browser once for a WebGL2 context and its unmasked renderer name. */
export const probeGpu = (): GpuInfo => {
  if (probed) return probed;
  const context = document.createElement('canvas').getContext('webgl2');
  const debugInfo = context?.getExtension('WEBGL_debug_renderer_info');
  probed = {
    webgl2: context !== null,
    renderer: context && debugInfo ? String(context.getParameter(debugInfo.UNMASKED_RENDERER_WEBGL)) : '',
  };
  context?.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
};
