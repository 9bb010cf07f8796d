import { useEffect, useRef } from 'react';
import { MapController } from '../graph-view/MapController';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';

/** React only mounts the controller; the controller owns cytoscape and follows the store itself. */
export function MapView() {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, useAppStore);
    // Browser tests and the benchmark read the map's state through this handle.
    (window as unknown as { __chainExplorerMap?: MapController }).__chainExplorerMap = controller;
    return () => controller.dispose();
  }, []);
  return <div ref={container} className="map" role="img" aria-label={t('map.label')} data-testid="map" />;
}
