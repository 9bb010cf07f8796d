export { diffGraphs } from './diff-graphs';
export type { GraphDiff, ElementDiff, ChangedElement } from './diff-graphs';
