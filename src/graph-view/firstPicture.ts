/**
 * The bundled map's first picture, drawn by the app's own SVG writer before cytoscape has started:
 * cytoscape's start, its first style pass and its first draw took ~200 ms of the boot for 47 nodes,
 * most of it code run for the first time. This module must not import cytoscape (nor anything that
 * does): it is in the page's first script, and the map engine is loaded after the picture is shown.
 * The picture is drawn only when it is the one cytoscape will draw: the bundled overview as the build
 * laid it out (the same shipped positions, the same fit), nothing filtered, picked out or selected.
 */
import { writeMapSvg } from '../domain/export/svg';
import {
  emptyExtent,
  fitCamera,
  growExtent,
  segmentOutline,
  type Camera,
  type Positions,
  type ViewportSize,
} from '../domain/layout';
import type { AppState } from '../store';
import { drawModeOf, fullLegendOf, segmentGroupsOf, visibleOf } from '../store/derived';
import { FIT_PADDING, ZOOM_LIMITS } from './cameraLimits';
import { keyNodeOf, overviewKeyOf, type KeyNode } from './overviewKey';
import { shippedOverviewOf } from './shippedOverview';
import { viewElementsOf } from './viewElements';

/** Whether the map opens on the whole graph in the overview with nothing selected, picked out or changed. */
const plainOverview = (state: AppState): boolean => {
  const visible = visibleOf(state);
  return (
    state.layout === 'overview' &&
    drawModeOf(state) === 'all' &&
    visible.nodeIds.size === state.graph.nodes.length &&
    visible.edgeIds.size === state.graph.edges.length &&
    state.selected === null &&
    state.tie === null &&
    state.legendHighlight === null &&
    state.decorations === null &&
    !state.presenting &&
    !state.showChanges
  );
};

/** The camera the map fits the overview with (CameraControl.fitCamera): every node's box in view. */
const overviewCamera = (
  nodes: readonly KeyNode[],
  positions: Positions,
  viewport: ViewportSize,
  coveredTop: number,
): Camera => {
  const extent = emptyExtent();
  for (const node of nodes) {
    const at = positions.get(node.id);
    if (at) growExtent(extent, at, Math.max(node.width, node.height) / 2 || 0);
  }
  return fitCamera(extent, viewport, FIT_PADDING, ZOOM_LIMITS.min, coveredTop);
};

/**
 * The map's first picture as SVG, of what a `viewport`-sized map whose top `coveredTop` pixels are
 * under its controls shows; null when cytoscape's first picture would be another (see above).
 */
export const firstPictureSvg = (
  state: AppState,
  viewport: ViewportSize,
  coveredTop: number,
): string | null => {
  if (state.graph.nodes.length === 0 || !plainOverview(state)) return null;
  const view = viewElementsOf(state, 'all');
  if (view.layered || view.bulkEdges.length > 0) return null;
  const nodes: KeyNode[] = [];
  const edges: { source: string; target: string }[] = [];
  for (const element of view.elements.values()) {
    if (element.group === 'nodes') nodes.push(keyNodeOf(element.data));
    else edges.push({ source: String(element.data.source), target: String(element.data.target) });
  }
  const positions = shippedOverviewOf(nodes.length, () => overviewKeyOf(nodes, edges));
  if (!positions) return null;
  const camera = overviewCamera(nodes, positions, viewport, coveredTop);
  const sizeOf = new Map(nodes.map((node) => [node.id, node]));
  const boxOf = (id: string) => {
    const at = positions.get(id);
    const node = sizeOf.get(id);
    return at && node ? [{ ...at, width: node.width, height: node.height }] : [];
  };
  const legend = fullLegendOf(state.graph);
  const outlines = [...segmentGroupsOf(state)].map(([segment, members]) => ({
    points: segmentOutline([segment, ...members].flatMap(boxOf)),
    color: String(view.elements.get(segment)?.data.color ?? ''),
  }));
  return writeMapSvg({
    graph: state.graph,
    visible: visibleOf(state),
    positions,
    legend,
    title: '',
    // No lanes in the overview: only the segments' outlines, whose strokes keep their width on screen.
    backdrop: { rects: [], outlines, texts: [], unit: 1 / camera.zoom },
    view: {
      x: -camera.pan.x / camera.zoom,
      y: -camera.pan.y / camera.zoom,
      width: viewport.width / camera.zoom,
      height: viewport.height / camera.zoom,
    },
  });
};

export interface FirstPicture {
  /** Whether the picture is on its canvas, once it is (false: it could not be drawn). */
  drawn: Promise<boolean>;
  /** Takes the picture away: cytoscape has drawn its own. */
  remove: () => void;
}

/**
 * Draws the first picture on a canvas at the bottom of the map's `container`, under the canvases
 * cytoscape adds when it starts; null when there is none to draw (see firstPictureSvg).
 */
export const showFirstPicture = (
  container: HTMLElement,
  state: AppState,
  coveredTop: number,
): FirstPicture | null => {
  const viewport = { width: container.clientWidth, height: container.clientHeight };
  if (viewport.width === 0 || viewport.height === 0) return null;
  const svg = firstPictureSvg(state, viewport, coveredTop);
  if (!svg) return null;
  const canvas = document.createElement('canvas');
  canvas.className = 'first-picture';
  canvas.setAttribute('aria-hidden', 'true');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(viewport.width * ratio);
  canvas.height = Math.round(viewport.height * ratio);
  container.prepend(canvas);
  // An SVG image runs no script and loads nothing: the node names in it stay text.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  const drawn = image
    .decode()
    .then(() => {
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0, canvas.width, canvas.height);
      return context !== null;
    })
    .catch(() => false)
    .finally(() => URL.revokeObjectURL(url));
  return { drawn, remove: () => canvas.remove() };
};
