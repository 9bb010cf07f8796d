import type { Core, NodeSingular } from 'cytoscape';
import type { Graph } from '../domain/graph/types';
import {
  drillsInto,
  emptyExtent,
  fitCamera,
  growExtent,
  isEmptyExtent,
  laneFrame,
  type Camera,
  type ChainLanes,
  type Point,
} from '../domain/layout';
import { groupIdByNodeOf, type DrawMode } from '../store/derived';
import { motionReduced } from '../io/motion';
import { FIT_PADDING } from './cameraLimits';
import type { DrawnNode } from './drawnNodes';
import type { NodeLayer } from './NodeLayer';

export const ANIMATION_MS = 500;
/** A zoom gesture is over when no wheel or pinch step has come for this long. */
const DRILL_SETTLE_MS = 250;
/** Focusing a node zooms in at least this far. */
const FOCUS_ZOOM = 1.4;

/** Moves the camera to `target`: animated, or at once for a user who asked for reduced motion. */
export const moveCamera = (cy: Core, target: Camera, easing?: 'ease-in-out-cubic'): void => {
  if (motionReduced()) cy.viewport(target);
  else cy.animate(target, { duration: ANIMATION_MS, ...(easing ? { easing } : {}) });
};

export interface CameraCallbacks {
  cy: () => Core;
  /** A big view's nodes, which cytoscape does not hold. */
  nodeLayer: NodeLayer;
  graph: () => Graph;
  mode: () => DrawMode;
  /** The chain lanes drawn (their bands, names and heads are fitted too), or null. */
  lanes: () => ChainLanes | null;
  /** Pixels of the map's top edge under its controls, now (a phone's take two or three rows; none in presenter mode). */
  coveredTop: () => number;
  /** Zooming far into a group, or focusing a node inside one, opens it. */
  openGroup: (id: string) => void;
}

/**
 * The camera: fits (our own, which measures no labels), focus on a node, cameras asked for from
 * outside, and wheel or pinch gestures that drill into a group.
 */
export class CameraControl {
  /** The zoom a wheel or pinch gesture started from, and the timer that ends it. */
  private gesture: { zoomBefore: number; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Counts cameras asked for from outside, so a layout still running can tell it was overruled. */
  private requests = 0;
  private requested: Camera | null = null;
  /** A node to bring into view once the group holding it has been drawn open. */
  private pendingFocus: string | null = null;
  /** The user panned, zoomed or focused a node since the last fit: a filter change then leaves the camera alone. */
  private userMoved = false;
  /** A fit waits for the camera (and a layout's nodes) to stand still: the room changed while they moved. */
  private fitWhenStill = false;

  constructor(private readonly callbacks: CameraCallbacks) {}

  private get cy(): Core {
    return this.callbacks.cy();
  }

  /**
   * The camera that shows every drawn node (or those `only` keeps), from their positions (or the
   * ones `positionOf` gives) and sizes. cytoscape's own fit would first style every element and
   * measure every label, the bulk of a filter change's time.
   */
  fitCamera(only?: (id: string) => boolean, positionOf = (node: NodeSingular) => node.position()): Camera {
    const { cy } = this;
    // Every fit computed here is applied (a fit, a layout's end): the camera is the map's own again.
    this.userMoved = false;
    const extent = emptyExtent();
    cy.nodes().forEach((node: NodeSingular) => {
      if (node.hasClass('filtered-out') || node.hasClass('outside-layout') || (only && !only(node.id())))
        return;
      const radius = Math.max(node.data('width') as number, node.data('height') as number) / 2 || 0;
      growExtent(extent, positionOf(node), radius);
    });
    // The node layer's nodes stand where a layout put them already (they jump, never animate).
    for (const node of this.callbacks.nodeLayer.shown())
      if (!only || only(node.id)) growExtent(extent, node, Math.max(node.width, node.height) / 2);
    if (isEmptyExtent(extent)) return only ? this.fitCamera(undefined, positionOf) : this.camera();
    const lanes = only ? null : this.callbacks.lanes();
    if (lanes) {
      // Lane names and column heads are drawn outside the nodes' box, in model units like the nodes.
      const frame = laneFrame(lanes);
      if (!isEmptyExtent(frame)) {
        growExtent(extent, { x: frame.x1, y: frame.y1 }, 0);
        growExtent(extent, { x: frame.x2, y: frame.y2 }, 0);
      }
    }
    const viewport = { width: cy.width(), height: cy.height() };
    return fitCamera(extent, viewport, FIT_PADDING, cy.minZoom(), this.callbacks.coveredTop());
  }

  /**
   * cytoscape learns of a new container size up to 100 ms late (it debounces): a camera move that
   * depends on the size measures it first, so a panel that just opened or closed beside the map
   * does not leave the node off centre or the fit too big.
   */
  private measure(): void {
    this.cy.resize();
  }

  /** Brings the drawn nodes into view; only those of one group when it has just been opened. */
  fit(group: string | null = null): void {
    this.measure();
    const groupOf = groupIdByNodeOf(this.callbacks.graph());
    const members = group === null ? undefined : (id: string) => groupOf.get(id) === group;
    moveCamera(this.cy, this.fitCamera(members));
  }

  /** The user panned or zoomed the map by hand. */
  noteUserMove(): void {
    this.userMoved = true;
  }

  /** Fits what is drawn unless the user has moved the camera since the last fit (after a filter change). */
  refit(): void {
    if (!this.userMoved) this.fit();
  }

  /** Centres the node below the map's controls; one inside a closed group opens it, and is focused once drawn. */
  focus(id: string | null): void {
    if (!id) return;
    this.userMoved = true;
    const { cy } = this;
    const node = cy.getElementById(id);
    const layered = this.callbacks.nodeLayer.get(id);
    if (node.empty() && !layered) {
      const holder =
        this.callbacks.mode() === 'grouped' ? groupIdByNodeOf(this.callbacks.graph()).get(id) : undefined;
      if (holder) {
        this.pendingFocus = id;
        this.callbacks.openGroup(holder);
      }
      return;
    }
    this.measure();
    this.centreOn(layered ?? node.position(), Math.max(cy.zoom(), FOCUS_ZOOM));
  }

  /** Moves the camera to show `point` at `zoom` in the middle of the map below its controls. */
  private centreOn(point: Point, zoom: number): void {
    const { cy } = this;
    const covered = this.callbacks.coveredTop();
    const centre = { x: cy.width() / 2, y: covered + (cy.height() - covered) / 2 };
    moveCamera(cy, { zoom, pan: { x: centre.x - point.x * zoom, y: centre.y - point.y * zoom } });
  }

  /**
   * Centres the middle of two drawn nodes (a tie's ends) in the map below its controls, at the
   * current zoom or zoomed out as far as needed for both to be in view.
   */
  focusBetween(from: DrawnNode, to: DrawnNode): void {
    this.userMoved = true;
    this.measure();
    const { cy } = this;
    const extent = emptyExtent();
    growExtent(extent, from.position, from.radius);
    growExtent(extent, to.position, to.radius);
    const viewport = { width: cy.width(), height: cy.height() };
    const both = fitCamera(extent, viewport, FIT_PADDING, cy.minZoom(), this.callbacks.coveredTop());
    const middle = { x: (from.position.x + to.position.x) / 2, y: (from.position.y + to.position.y) / 2 };
    this.centreOn(middle, Math.min(cy.zoom(), both.zoom));
  }

  /** Whether a node waits for its group to be drawn before it is focused. */
  get focusPending(): boolean {
    return this.pendingFocus !== null;
  }

  /** True once the node waiting for focus is drawn: the caller selects and focuses it. */
  takePendingFocus(): boolean {
    if (this.pendingFocus === null || this.cy.getElementById(this.pendingFocus).empty()) return false;
    this.pendingFocus = null;
    return true;
  }

  camera(): Camera {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  /** The camera when the user (or a request from outside) moved it since the last fit; null while it is the map's own fit. */
  movedCamera(): Camera | null {
    return this.userMoved ? this.camera() : null;
  }

  /**
   * The map's container changed size (a table opened beneath it, a panel closed, the window): the
   * map's own fit follows; a camera the user moved, or one asked for from outside, stays.
   */
  followResize(): void {
    this.measure();
    if (this.userMoved) return;
    if (this.cy.animated()) this.fitOnceStill();
    else this.cy.viewport(this.fitCamera());
  }

  /**
   * The map's own fit once nothing moves: a fit that started in another room (a layout's, begun
   * while presenter mode still held the screen) would end framed for that room.
   */
  private fitOnceStill(): void {
    if (this.fitWhenStill) return;
    this.fitWhenStill = true;
    const check = () => {
      const { cy } = this;
      if (cy.destroyed()) return;
      if (cy.animated() || cy.nodes(':animated').nonempty()) {
        requestAnimationFrame(check);
        return;
      }
      this.fitWhenStill = false;
      if (!this.userMoved) cy.viewport(this.fitCamera());
    };
    requestAnimationFrame(check);
  }

  /** A camera asked for from outside (a step, a shared view, the view a presentation gives back); null: fit what is drawn. */
  setCamera(camera: Camera | null, animate: boolean): void {
    this.requests += 1;
    this.requested = camera;
    this.cy.stop(true);
    if (!camera && this.cy.nodes(':animated').nonempty()) {
      // Nodes moving to a new layout: the fit frames where they stop, in the room the map has then.
      this.userMoved = false;
      this.fitOnceStill();
      return;
    }
    if (camera) this.userMoved = true;
    const target = camera ?? this.fitCamera();
    if (animate) moveCamera(this.cy, target);
    else this.cy.viewport(target);
  }

  /** From now on: returns the camera asked for from outside since this call, if any. */
  watchRequests(): () => Camera | null {
    const before = this.requests;
    return () => (this.requests !== before ? this.requested : null);
  }

  /** A wheel or pinch step: once the gesture is over, a group zoomed in on far enough opens. */
  zoomStep(pointer: Point): void {
    this.userMoved = true;
    const zoomBefore = this.gesture?.zoomBefore ?? this.cy.zoom();
    if (this.gesture) clearTimeout(this.gesture.timer);
    const timer = setTimeout(() => {
      this.gesture = null;
      if (this.cy.zoom() > zoomBefore) this.drillAt(pointer);
    }, DRILL_SETTLE_MS);
    this.gesture = { zoomBefore, timer };
  }

  /** Opens the group under the pointer when it fills enough of the screen. */
  private drillAt(pointer: Point): void {
    if (this.callbacks.mode() !== 'grouped') return;
    const { cy } = this;
    const viewport = { width: cy.width(), height: cy.height() };
    const zoom = cy.zoom();
    const group = cy
      .nodes('[?isGroup]')
      .filter((node) =>
        drillsInto(
          { centre: node.position(), radius: (node.data('width') as number) / 2 },
          pointer,
          zoom,
          viewport,
        ),
      );
    if (group.nonempty()) this.callbacks.openGroup(group.first().id());
  }

  dispose(): void {
    if (this.gesture) clearTimeout(this.gesture.timer);
  }
}
