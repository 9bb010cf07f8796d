import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import { LOD_THRESHOLD } from '../domain/group';
import { ZOOM_LIMITS } from './cameraLimits';
import type { Graph } from '../domain/graph/types';
import { EdgeLayer } from './EdgeLayer';
import { DrawnNodes } from './drawnNodes';
import { LaneOverlay } from './LaneOverlay';
import { NodeLayer } from './NodeLayer';
import { SegmentOutlines } from './SegmentOutlines';
import { afterFirstPicture } from '../io/afterFirstPicture';
import {
  chooseRenderer,
  gpuProbed,
  probeGpu,
  WEBGL_ELEMENT_THRESHOLD,
  type RendererChoice,
} from './rendererChoice';
import { buildStylesheet, labelsFor, type StylePolicy } from './stylesheet';

/** The part of cytoscape's canvas renderer a picture drawn directly changes (not in its typings). */
interface CanvasRenderer {
  drawLayeredElements?: DrawMany;
  drawCachedNodes?: DrawMany;
  drawElement?: (context: CanvasRenderingContext2D, element: unknown) => void;
}
type DrawMany = (
  this: CanvasRenderer,
  context: CanvasRenderingContext2D,
  elements: ArrayLike<{ isNode: () => boolean }>,
  ...rest: unknown[]
) => void;

/**
 * Cytoscape draws a picture by drawing each element into a texture (one canvas per element and
 * zoom level), the textures into layers and the layers onto the map; only elements new to it need
 * textures. For new elements that is the most of a picture's cost: each texture canvas is set up,
 * and with GPU rasterisation the GPU process sets it up too before the picture can be shown. While
 * `direct` says so for the kind of draw, the renderer draws its elements straight onto the map
 * instead (as cytoscape does when it caches nothing; the same picture) and calls `drewDirectly`:
 * `layered` is the picture of a map holding still, `moving` the nodes alone while the camera moves
 * (cytoscape hides edges then on a big map), where every frame draws them again. Only on the
 * canvas renderer.
 */
const drawDirectlyWhile = (
  core: Core,
  direct: (draw: 'layered' | 'moving') => boolean,
  drewDirectly: () => void,
): void => {
  const renderer = (core as unknown as { renderer: () => CanvasRenderer | undefined }).renderer();
  const { drawLayeredElements: layered, drawCachedNodes: moving, drawElement: draw } = renderer ?? {};
  if (!renderer || !layered || !moving || !draw) return;
  const directly = (cached: DrawMany, kind: 'layered' | 'moving'): DrawMany =>
    function (context, elements, ...rest) {
      if (elements.length === 0 || !direct(kind)) {
        cached.call(this, context, elements, ...rest);
        return;
      }
      for (let index = 0; index < elements.length; index++) {
        const element = elements[index];
        if (element && (kind === 'layered' || element.isNode())) draw.call(this, context, element);
      }
      drewDirectly();
    };
  renderer.drawLayeredElements = directly(layered, 'layered');
  renderer.drawCachedNodes = directly(moving, 'moving');
};

/** Until when an instance draws its elements directly: its first picture shown and the page idle, its next render, or not. */
type DirectUntil = 'first picture' | 'idle' | 'render' | null;

/** What cytoscape is started with; changing either needs a new instance. */
interface RenderProfile {
  webgl: boolean;
  simplifyViewport: boolean;
}

export interface StageCallbacks {
  /** Which renderer draws the map and why, each time a dataset is drawn. */
  onRenderer: (choice: RendererChoice) => void;
  /** A new cytoscape instance, to wire the gestures to; returns what unwires them. */
  onCore: (cy: Core) => () => void;
}

/**
 * The map's stage: the one cytoscape instance, its renderer profile and label policy, and the
 * overlays drawn with it (edge layer, lane bands). Re-created only when a dataset needs another
 * renderer; everything else about the map changes by diffs.
 */
export class Stage {
  private stylePolicy: StylePolicy = { labels: 'all', textScale: 1, lanes: false };
  readonly nodeLayer = new NodeLayer({
    textScale: () => this.stylePolicy.textScale,
    lanes: () => this.stylePolicy.lanes,
  });
  readonly edgeLayer = new EdgeLayer((id) => this.nodeLayer.get(id));
  /** The nodes drawn, in cytoscape or on the node layer. */
  readonly drawnNodes = new DrawnNodes(() => this.core, this.nodeLayer, this.edgeLayer);
  readonly laneOverlay = new LaneOverlay((id) => this.drawnNodes.get(id)?.position ?? null);
  readonly segmentOutlines = new SegmentOutlines();
  private profile: RenderProfile = { webgl: false, simplifyViewport: false };
  /** Datasets fitted so far: a renderer report that waited is said only for the latest. */
  private fitted = 0;
  private core: Core;
  /**
   * When the instance draws its elements straight onto the map: its first picture until that is
   * on screen and the page idle (code run for the first time, and cytoscape's own redraw ~100 ms
   * after it starts, its container's first resize report, would build the caches in the frames
   * that put the first picture on screen), and the first picture of each new view.
   */
  private direct: { until: DirectUntil } = { until: null };
  private unwire: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: StageCallbacks,
  ) {
    this.core = this.createCore(this.profile);
    this.unwire = callbacks.onCore(this.core);
  }

  get cy(): Core {
    return this.core;
  }

  private createCore(profile: RenderProfile): Core {
    const options: CytoscapeOptions = {
      container: this.container,
      style: buildStylesheet(this.stylePolicy),
      minZoom: ZOOM_LIMITS.min,
      maxZoom: ZOOM_LIMITS.max,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // On a big map, panning and zooming draw a cached picture without edges or labels.
      hideEdgesOnViewport: profile.simplifyViewport,
      hideLabelsOnViewport: profile.simplifyViewport,
      textureOnViewport: profile.simplifyViewport,
    };
    // cytoscape's typings predate the WebGL renderer option (3.31).
    const core = cytoscape({
      ...options,
      renderer: { name: 'canvas', webgl: profile.webgl },
    } as CytoscapeOptions);
    this.profile = profile;
    // Each instance its own: a callback of the one before cannot end this one's direct drawing.
    const direct: Stage['direct'] = { until: 'first picture' };
    this.direct = direct;
    if (!profile.webgl)
      drawDirectlyWhile(
        core,
        // A camera moving over a first picture draws from textures as before: every frame draws again.
        (draw) => (draw === 'layered' ? direct.until !== null : direct.until === 'render'),
        () => {
          if (direct.until !== 'first picture') return;
          direct.until = 'idle';
          afterFirstPicture(() => (direct.until = null));
        },
      );
    // Each overlay goes first in the container, so the one attached last lies lowest: lane bands under
    // segment outlines under edges under the node layer (all under cytoscape's canvases).
    this.nodeLayer.attach(core);
    this.edgeLayer.attach(core, profile.simplifyViewport);
    this.segmentOutlines.attach(core);
    this.laneOverlay.attach(core);
    return core;
  }

  /**
   * Chooses the renderer for a dataset. Its viewport options are fixed when cytoscape starts, so
   * a dataset that needs others gets a new, empty instance (true): the only time the map is re-created.
   */
  fitRendererTo(graph: Graph): boolean {
    const elementCount = graph.nodes.length + graph.edges.length;
    const fit = ++this.fitted;
    const choice = () => chooseRenderer(elementCount, probeGpu());
    const report = () => {
      if (fit === this.fitted) this.callbacks.onRenderer(choice());
    };
    // A small map gets the canvas renderer whatever the GPU. Asking the GPU opens a WebGL context,
    // which the GPU process sets up before it rasterises the first picture: it waits for that picture.
    const small = elementCount < WEBGL_ELEMENT_THRESHOLD;
    if (small && !gpuProbed()) afterFirstPicture(report);
    else report();
    const webgl = !small && choice().webgl;
    const profile: RenderProfile = { webgl, simplifyViewport: elementCount > LOD_THRESHOLD };
    if (profile.webgl === this.profile.webgl && profile.simplifyViewport === this.profile.simplifyViewport)
      return false;
    this.unwire();
    this.core.destroy();
    this.core = this.createCore(profile);
    this.unwire = this.callbacks.onCore(this.core);
    return true;
  }

  /**
   * The next picture has new elements: drawn straight onto the map, so the frame that first shows
   * them does not also make a texture canvas for each (the textures are made in the frames after).
   */
  drawNextPictureDirectly(): void {
    const { direct } = this;
    if (direct.until !== null) return;
    direct.until = 'render';
    this.core.one('render', () => {
      if (direct.until === 'render') direct.until = null;
    });
  }

  /** Restyles only when the policy changes: a new stylesheet makes cytoscape recompute every element's style. */
  updateStylePolicy(drawnElements: number, presenting: boolean, lanes: boolean): void {
    const policy: StylePolicy = {
      labels: labelsFor(drawnElements),
      // Projector type: readable from a few metres.
      textScale: presenting ? 1.6 : 1,
      lanes,
    };
    const same = (Object.keys(policy) as (keyof StylePolicy)[]).every(
      (key) => policy[key] === this.stylePolicy[key],
    );
    if (same) return;
    this.stylePolicy = policy;
    this.core.style(buildStylesheet(policy));
    this.nodeLayer.schedule();
  }

  /**
   * Calls `done` once what is drawn now is on the map: the node layer's next draw when it holds the
   * view (and the edge layer's, which a big map draws over several tasks), else cytoscape's.
   */
  afterDrawn(done: () => void): void {
    if (this.nodeLayer.size > 0) this.nodeLayer.onNextDraw(() => this.edgeLayer.onceDrawn(done));
    else this.core.one('render', done);
  }

  dispose(): void {
    this.fitted += 1;
    this.unwire();
    this.laneOverlay.dispose();
    this.segmentOutlines.dispose();
    this.edgeLayer.dispose();
    this.nodeLayer.dispose();
    this.core.destroy();
  }
}
