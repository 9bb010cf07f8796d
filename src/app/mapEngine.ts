/**
 * The map engine (cytoscape and the map's code) downloads beside the page's other scripts:
 * `index.html` preloads it (the `mapEnginePreload` plugin in vite.config.ts), but nothing else
 * waits for it, and it runs only when first asked for: after the map's own first picture
 * (graph-view/firstPicture.ts) is on screen, or at once when there is none.
 */
export type MapEngine = typeof import('../graph-view/mapEngine');

let engine: MapEngine | null = null;
let loading: Promise<MapEngine> | null = null;

const load = (): Promise<MapEngine> => {
  if (loading) return loading;
  loading = import('../graph-view/mapEngine').then((loaded) => (engine = loaded));
  // A failure is reported to whoever waits for the engine (whenMapEngine), not as unhandled here.
  loading.catch(() => undefined);
  return loading;
};

/**
 * Calls `start` with the engine: at once when it is in (so a map mounted after it starts before the
 * page's next paint), else once it arrives, unless the returned cancel was called first. `failed`
 * gets a load error (a chunk that could not be fetched).
 */
export const whenMapEngine = (
  start: (engine: MapEngine) => void,
  failed: (error: unknown) => void,
): (() => void) => {
  if (engine) {
    start(engine);
    return () => undefined;
  }
  let cancelled = false;
  load().then(
    (loaded) => {
      if (!cancelled) start(loaded);
    },
    (error: unknown) => {
      if (!cancelled) failed(error);
    },
  );
  return () => {
    cancelled = true;
  };
};
