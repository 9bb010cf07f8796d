/** Puts a step on the map: the store's view in one change, then the camera. */
import { layoutMoves } from '../../domain/layout';
import { resolveStep, type Camera, type Step } from '../../domain/story';
import { useAppStore } from '../../store';
import { REFERENCE_VIEWPORT, reframeCamera } from './camera';
import { presentedViewOf } from './stepView';

/**
 * Moves the camera to a step's: its own (kept for a 1920×1080 map, see camera.ts) or, without one,
 * a fit of what is visible. After a layout change the map's own animated fit already does that, on
 * the nodes' final places; fitting again now would frame where they start from.
 */
export const frameStep = (camera: Camera | null, layoutMoved: boolean): void => {
  const { map } = useAppStore.getState();
  if (!map) return;
  const size = map.size();
  if (camera) map.setCamera(size ? reframeCamera(camera, REFERENCE_VIEWPORT, size) : camera, true);
  else if (!layoutMoved) map.setCamera(null, true);
};

export const showStep = (step: Step): void => {
  const state = useAppStore.getState();
  const resolved = resolveStep(step, state.graph);
  const before = { layout: state.layout, selected: state.selected, depth: state.depth };
  const view = presentedViewOf(resolved, state.graph);
  state.showPresentedView(view);
  frameStep(resolved.camera, layoutMoves(before, view));
};
