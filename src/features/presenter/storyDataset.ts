import type { Origin } from '../../store';

/**
 * Which dataset stories are saved with: the bundled map, or the uploaded files by name, so a
 * corrected nodes.csv uploaded again finds its stories (steps naming dropped nodes say so on screen).
 */
export const storiesDatasetKey = (origin: Origin): string =>
  origin.kind === 'upload' ? `upload:${[...origin.files].sort().join('+')}` : origin.kind;
