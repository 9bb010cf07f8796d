/**
 * How the map marks the last update's changes, shared by the stylesheet and the legend: colours
 * from the Okabe–Ito palette apart from the chain colours' job (a halo, an outline), so a node
 * keeps its fill, shape and ring and only gains a mark.
 */
export const CHANGE_STYLE = {
  /** A halo round an added node or under an added edge. */
  added: { color: '#009E73' },
  /** A dashed outline round a changed node, a halo under a changed edge. */
  changed: { color: '#D55E00' },
  /** A faded, dashed ghost where a removed node or edge was. */
  removed: { color: '#6B7785', opacity: 0.4 },
  /** A group holding an added or changed node: a double outline. */
  contains: { color: '#D55E00' },
} as const;
