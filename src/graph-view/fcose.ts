import cytoscape from 'cytoscape';

let loading: Promise<void> | null = null;
let loaded = false;

/**
 * fcose (with cose-base and layout-base, ~120 KB, a fifth of the map engine) lays out only a small
 * map the build did not ship an overview for (an upload, not the bundled map): it loads on first
 * use, not with the page. A failed load (offline before the service worker cached it) is tried
 * again next time.
 */
export const loadFcose = (): Promise<void> => {
  loading ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
      loaded = true;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
};

/** fcose is registered with cytoscape: a small map's overview can be laid out now. */
export const fcoseLoaded = (): boolean => loaded;
