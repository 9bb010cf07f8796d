export { diffGraphs } from './diff-graphs';
export type { GraphDiff, ElementDiff, ChangedElement } from './diff-graphs';
export {
  CHANGE_KINDS,
  changedOnlyIds,
  hasChanges,
  isChangingUpdate,
  mapChangesFromDiff,
  mapChangesOf,
} from './changes';
export type { ChangeKind, MapChanges, PresentChange } from './changes';
export { CHANGE_COLUMNS, changesCsv } from './changes-csv';
export type { ChangeColumn, ChangesCsvLabels } from './changes-csv';
