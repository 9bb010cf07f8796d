/**
 * The user's "reduce motion" setting (`prefers-reduced-motion: reduce`): camera moves and layout
 * transitions then jump to their end. Read at each move, so changing the setting applies at once.
 */
const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export const motionReduced = (): boolean => query?.matches ?? false;
