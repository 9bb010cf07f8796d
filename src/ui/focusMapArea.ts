/** The map's landmark, the app's <main>: the skip link's target, and where focus goes when what had it is gone. */
export const MAP_AREA_ID = 'map-area';

/**
 * Focuses the map's landmark once the current render is done: a modal dialog closing with the click
 * (the import report after Apply) keeps the page behind it inert until it has gone.
 */
export const focusMapArea = (): void => {
  requestAnimationFrame(() => document.getElementById(MAP_AREA_ID)?.focus());
};
