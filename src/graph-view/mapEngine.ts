/**
 * The map engine: what the page loads beside its own scripts (app/mapEngine.ts), not before them.
 * cytoscape is 43 % of the first picture's script and the last to arrive; the page's modules,
 * the bundled map's import and React's first render run while it downloads.
 */
export { MapController } from './MapController';
export { KeyboardNavigator } from './keyboardNavigator';
