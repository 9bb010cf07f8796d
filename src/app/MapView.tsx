import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { hashKeepsView } from '../features/share/viewState';
import { showFirstPicture } from '../graph-view/firstPicture';
import { whenFirstPictureShown } from '../io/afterFirstPicture';
import { mark, PERF_MARKS, whenNextMarked } from '../io/perfMarks';
import { whenMapEngine, type MapEngine } from './mapEngine';
import { exposeMapForTests } from './mapTestHook';

/** How far down the controls over the map's top edge reach, in pixels: one row on a laptop, more on a phone. */
const coveredTopOf = (map: HTMLElement): number => {
  const controls = map.parentElement?.querySelector('.map-top');
  if (!controls) return 0;
  const box = controls.getBoundingClientRect();
  return box.height === 0 ? 0 : Math.max(0, box.bottom - map.getBoundingClientRect().top);
};

/** Starts the map in `map` with the engine; returns what stops it. */
const startMap = (
  map: HTMLElement,
  live: RefObject<HTMLParagraphElement | null>,
  { MapController, KeyboardNavigator }: MapEngine,
): (() => void) => {
  const controller = new MapController(map, useAppStore, () => coveredTopOf(map));
  const store = useAppStore.getState;
  const navigator = new KeyboardNavigator(map, {
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
};

/**
 * React only mounts the map's parts: the controller owns cytoscape, follows the store and connects
 * itself to it; the keyboard navigator beside it makes the map one Tab stop, a composite widget
 * whose moves are said in the live region below it. Both come with the map engine, which loads
 * beside the page (app/mapEngine.ts): the container is in the page from its first render, the map
 * starts as soon as the engine is in.
 */
export function MapView() {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const [engineFailed, setEngineFailed] = useState<unknown>(null);
  // The map's boundary shows an engine that could not be loaded.
  if (engineFailed) throw engineFailed;
  // Before the paint that follows, so the first picture with the map has it drawn.
  useLayoutEffect(() => {
    const map = container.current;
    if (!map) return;
    let stopped = false;
    let cancel = (): void => undefined;
    let dispose = (): void => undefined;
    const start = () => {
      if (stopped) return;
      cancel = whenMapEngine((engine) => {
        dispose = startMap(map, live, engine);
      }, setEngineFailed);
    };
    // The bundled map is drawn by the app's own writer first; the engine then starts and its first
    // picture replaces this one in the task that draws it.
    const state = useAppStore.getState();
    const picture = hashKeepsView(state, location.hash)
      ? showFirstPicture(map, state, coveredTopOf(map))
      : null;
    if (!picture) start();
    else
      void picture.drawn.then((drawn) => {
        if (stopped) return;
        if (!drawn) {
          picture.remove();
          start();
          return;
        }
        mark(PERF_MARKS.graphDrawn);
        whenNextMarked(PERF_MARKS.graphDrawn, picture.remove);
        whenFirstPictureShown(start);
      });
    return () => {
      stopped = true;
      cancel();
      dispose();
      picture?.remove();
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
