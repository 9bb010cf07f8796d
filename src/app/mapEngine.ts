/**
 * The map engine (cytoscape and the map's code) loads beside the page's other scripts: `index.html`
 * preloads it (the `mapEnginePreload` plugin in vite.config.ts), so its download starts with theirs,
 * but nothing else waits for it. The page's modules run, the bundled map is imported and React
 * renders the page while it arrives; the map starts as soon as it is in.
 */
export type MapEngine = typeof import('../graph-view/mapEngine');

let engine: MapEngine | null = null;
const loading: Promise<MapEngine> = import('../graph-view/mapEngine').then((loaded) => (engine = loaded));
// A failure is reported to whoever waits for the engine (whenMapEngine), not as unhandled here.
loading.catch(() => undefined);

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
  loading.then(
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
