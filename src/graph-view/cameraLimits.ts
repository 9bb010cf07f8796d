/** Room round a fitted map, in pixels (domain fitCamera takes less on a small screen). */
export const FIT_PADDING = 72;

/** A city map laid out by ForceAtlas2 spans tens of thousands of units: it must fit on screen. */
export const ZOOM_LIMITS = { min: 0.01, max: 4 } as const;
