import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways for a swipe, in CSS pixels. */
const SWIPE_PX = 48;

/**
 * A sideways swipe by touch or pen (a mouse drag selects text instead): at least SWIPE_PX across
 * and twice as far across as down, so a vertical scroll is never taken for one.
 */
export const useSwipe = (onSwipeLeft: () => void, onSwipeRight: () => void) => {
  const start = useRef<{ x: number; y: number; pointer: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current =
        event.pointerType === 'mouse'
          ? null
          : { x: event.clientX, y: event.clientY, pointer: event.pointerId };
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.pointer !== event.pointerId) return;
      const across = event.clientX - from.x;
      const down = event.clientY - from.y;
      if (Math.abs(across) < SWIPE_PX || Math.abs(across) < 2 * Math.abs(down)) return;
      if (across < 0) onSwipeLeft();
      else onSwipeRight();
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
};
