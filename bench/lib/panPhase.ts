/**
 * The pan + wheel phase on the full map: a drag across empty ground, then wheel turns in and out at
 * the centre, sent at a user's pace through CDP without waiting for the page (a busy page gets them
 * queued and coalesced, as from a real mouse). Each input counts from when it was sent to the pixels
 * of the first map redraw after the page received it.
 */
import { performance as nodePerformance } from 'node:perf_hooks';
import type { CDPSession, Page } from '@playwright/test';
import type { ProbeState } from './probe';

/** 60 moves a second for one second, then 30 wheel turns a second for one second. */
const DRAG_MOVES = 60;
const DRAG_INTERVAL_MS = 16;
const DRAG_STEP_PX = 4;
const WHEEL_TURNS = 30;
const WHEEL_INTERVAL_MS = 33;
const WHEEL_DELTA = 120;
/** From the map's lower left corner: the map is fitted with a margin, and a force layout leaves corners empty. */
const DRAG_INSET_PX = 16;
/** A page time stamp can be a clock tick before the send time the bench took for it. */
const CLOCK_SLACK_MS = 5;

export interface PanFigures {
  /** Animation frames per second from the first input sent to the last one drawn. */
  fps: number;
  /** The longest time from an input sent to its pixels; null if no input led to a redraw. */
  slowestInputMs: number | null;
  /** Inputs sent, and those a redraw followed (a wheel at the zoom limit draws nothing). */
  sent: number;
  drawn: number;
}

export interface PanPhaseOptions {
  stateKey: string;
  countFramesKey: string;
  mapSelector: string;
  /** Resolves once the page has drawn everything the inputs asked for (the map quiet). */
  waitQuiet: (since: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function panAndWheel(
  page: Page,
  cdp: CDPSession,
  options: PanPhaseOptions,
): Promise<PanFigures> {
  const box = await page.locator(options.mapSelector).boundingBox();
  if (!box) throw new Error('the map has no box on screen');
  // Wall clocks agree between the bench and the page: a send time in page time is now − the page's origin.
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const pageNow = () => nodePerformance.timeOrigin + nodePerformance.now() - pageOrigin;
  const sentAt: number[] = [];
  const pending: Promise<unknown>[] = [];
  const send = (method: 'Input.dispatchMouseEvent', params: Record<string, unknown>, counted: boolean) => {
    if (counted) sentAt.push(pageNow());
    pending.push(cdp.send(method, params as never));
  };

  const countFrames = (on: boolean) =>
    page.evaluate(
      ([key, value]) => (window as unknown as Record<string, (on: boolean) => void>)[key]?.(value),
      [options.countFramesKey, on] as const,
    );
  await countFrames(true);
  const start = { x: box.x + DRAG_INSET_PX, y: box.y + box.height - DRAG_INSET_PX };
  send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...start }, false);
  send(
    'Input.dispatchMouseEvent',
    { type: 'mousePressed', ...start, button: 'left', buttons: 1, clickCount: 1 },
    false,
  );
  let at = start;
  for (let move = 0; move < DRAG_MOVES; move++) {
    await sleep(DRAG_INTERVAL_MS);
    at = { x: at.x + DRAG_STEP_PX, y: at.y - DRAG_STEP_PX };
    send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at, button: 'left', buttons: 1 }, true);
  }
  send(
    'Input.dispatchMouseEvent',
    { type: 'mouseReleased', ...at, button: 'left', buttons: 0, clickCount: 1 },
    false,
  );
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (let turn = 0; turn < WHEEL_TURNS; turn++) {
    await sleep(WHEEL_INTERVAL_MS);
    const deltaY = turn < WHEEL_TURNS / 2 ? -WHEEL_DELTA : WHEEL_DELTA;
    send('Input.dispatchMouseEvent', { type: 'mouseWheel', ...centre, deltaX: 0, deltaY }, true);
  }
  await Promise.all(pending);
  const lastSent = sentAt.at(-1) ?? 0;
  await options.waitQuiet(lastSent);
  await countFrames(false);
  const state = await page.evaluate(
    (key) => (window as unknown as Record<string, ProbeState | undefined>)[key],
    options.stateKey,
  );
  if (!state) throw new Error('the bench probe is missing from the page');

  const latencies: number[] = [];
  for (const sent of sentAt) {
    const received = state.inputs.find((input) => input.stamp >= sent - CLOCK_SLACK_MS);
    const drawn = received && state.redrawPixels.find((redraw) => redraw.redrawAt >= received.at);
    if (drawn) latencies.push(drawn.at - sent);
  }
  const firstSent = sentAt[0] ?? 0;
  const end = state.redrawPixels.at(-1)?.at ?? lastSent;
  const frames = state.frames.filter((frame) => frame >= firstSent && frame <= end).length;
  return {
    fps: (frames * 1000) / Math.max(1, end - firstSent),
    slowestInputMs: latencies.length > 0 ? Math.max(...latencies) : null,
    sent: sentAt.length,
    drawn: latencies.length,
  };
}
