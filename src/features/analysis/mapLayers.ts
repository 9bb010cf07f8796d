import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { useAnalysisUi, type MapLayers } from './analysisUi';

/**
 * Shows `value` on the map while the calling section is open. A new value takes the layer; closing
 * the section, or a null value, gives it back unless another section has taken it since.
 * `value` must keep its identity between renders (memoise it), or the map is redrawn each time.
 */
export function useMapLayer<L extends keyof MapLayers>(layer: L, value: MapLayers[L]): void {
  useEffect(() => {
    if (value === null) return;
    const { setLayer, releaseLayer } = useAnalysisUi.getState();
    setLayer(layer, value);
    return () => releaseLayer(layer, value);
  }, [layer, value]);
}

/** Hands the layers to the map as the store's decorations, and takes them back when the panel closes. */
export function useAnalysisDecorations(): void {
  const layers = useAnalysisUi((state) => state.layers);
  useEffect(() => {
    const { setDecorations, clearDecorations } = useAppStore.getState();
    const { highlight, nodeScale, nodeColor } = layers;
    if (!highlight && !nodeScale && !nodeColor) {
      clearDecorations('analysis');
      return;
    }
    setDecorations({
      owner: 'analysis',
      highlightNodes: highlight?.nodes ?? [],
      highlightEdges: highlight?.edges ?? [],
      fadeOthers: highlight !== null,
      ...(nodeScale && { nodeScale }),
      ...(nodeColor && { nodeColor }),
    });
  }, [layers]);
  useEffect(() => () => useAppStore.getState().clearDecorations('analysis'), []);
}
