import { useEffect, useRef } from 'react';
import { MapController } from '../graph-view/MapController';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { exposeMapForTests } from './mapTestHook';

/** React only mounts the controller; the controller owns cytoscape, follows the store and connects itself to it. */
export function MapView() {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, useAppStore);
    exposeMapForTests(controller);
    return () => controller.dispose();
  }, []);
  return <div ref={container} className="map" role="img" aria-label={t('map.label')} data-testid="map" />;
}
