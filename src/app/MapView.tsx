import { useLayoutEffect, useRef } from 'react';
import { MapController } from '../graph-view/MapController';
import { KeyboardNavigator } from '../graph-view/keyboardNavigator';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { exposeMapForTests } from './mapTestHook';

/** How far down the controls over the map's top edge reach, in pixels: one row on a laptop, more on a phone. */
const coveredTopOf = (map: HTMLElement): number => {
  const controls = map.parentElement?.querySelector('.map-top');
  if (!controls) return 0;
  const box = controls.getBoundingClientRect();
  return box.height === 0 ? 0 : Math.max(0, box.bottom - map.getBoundingClientRect().top);
};

/**
 * React only mounts the map's parts: the controller owns cytoscape, follows the store and connects
 * itself to it; the keyboard navigator beside it makes the map one Tab stop, a composite widget
 * whose moves are said in the live region below it.
 */
export function MapView() {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  // Before the first paint, so the page's first picture has the map in it.
  useLayoutEffect(() => {
    if (!container.current) return;
    const map = container.current;
    const controller = new MapController(map, useAppStore, () => coveredTopOf(map));
    const store = useAppStore.getState;
    const navigator = new KeyboardNavigator(container.current, {
      cy: () => controller.cy,
      nodes: () => controller.nodes,
      graph: () => store().graph,
      lang: () => store().lang,
      selected: () => store().selected,
      open: (id) => {
        store().select(id);
        store().showRightPanel('details');
      },
      openGroup: (id) => store().openGroup(id),
      fit: () => controller.fit(),
      announce: (text) => {
        if (live.current) live.current.textContent = text;
      },
    });
    exposeMapForTests(controller);
    return () => {
      navigator.dispose();
      controller.dispose();
    };
  }, []);
  return (
    <>
      <div
        ref={container}
        className="map"
        role="application"
        aria-roledescription={t('map.roledescription')}
        aria-label={t('map.label')}
        aria-describedby="map-keys-hint"
        tabIndex={0}
        data-testid="map"
      />
      <p id="map-keys-hint" className="visually-hidden">
        {t('map.keys.hint')}
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" data-testid="map-announcer" />
    </>
  );
}
