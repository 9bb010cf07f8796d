/**
 * The grouped map as a chain × stage matrix: one row per chain, a chain node's or a sector value's
 * (its chain-level group first, then its segments and stages upstream → downstream, then the
 * universities and platforms beside it), the university / platform / other groups in a last row.
 * It reads top-down the way a chain map is read. The grouped view places its groups by it, and
 * full detail places each group's members around the same cells (membersAroundGroups.ts).
 */
import { STAGES, type Stage } from '../graph/types';
import type { GroupKind } from '../group';

/** A group as the matrix reads it. */
export interface MatrixGroup {
  id: string;
  groupKind: GroupKind;
  /** '' for none. */
  chainId: string;
  stage: Stage | '';
  /** Its anchor node's name (or its id): the order of segments at the same stage. */
  name: string;
}

export interface MatrixCell {
  row: number;
  column: number;
}

/** Bins for members of no chain, in the last row, in this order. */
const BIN_ORDER = ['agg:type:university', 'agg:type:platform', 'agg:other'];
const BIN_ROW = '\u0000bins';

/** Chain-level group first, then stages upstream → downstream (no stage last), the chain's universities and platforms after them; bins in their fixed order. */
const orderOf = (group: MatrixGroup): number => {
  const binIndex = BIN_ORDER.indexOf(group.id);
  if (binIndex >= 0) return binIndex;
  if (group.groupKind === 'chain') return -1;
  if (group.groupKind === 'support') return STAGES.length + 1;
  const stage = (STAGES as readonly string[]).indexOf(group.stage);
  return stage >= 0 ? stage : STAGES.length;
};

/** Each group's row and column; rows by chain name (zh collation), the bins' row last. */
export const groupMatrix = (
  groups: readonly MatrixGroup[],
  chainName: (chainId: string) => string,
): Map<string, MatrixCell> => {
  const rows = new Map<string, { group: MatrixGroup; order: number }[]>();
  for (const group of groups) {
    const row = BIN_ORDER.includes(group.id) || group.chainId === '' ? BIN_ROW : group.chainId;
    const cells = rows.get(row) ?? [];
    cells.push({ group, order: orderOf(group) });
    rows.set(row, cells);
  }
  const rowKeys = [...rows.keys()].sort((a, b) =>
    a === BIN_ROW ? 1 : b === BIN_ROW ? -1 : chainName(a).localeCompare(chainName(b), 'zh-Hans-CN'),
  );
  const matrix = new Map<string, MatrixCell>();
  rowKeys.forEach((key, row) => {
    const cells = (rows.get(key) ?? []).sort(
      (a, b) => a.order - b.order || a.group.name.localeCompare(b.group.name, 'zh-Hans-CN'),
    );
    cells.forEach(({ group }, column) => matrix.set(group.id, { row, column }));
  });
  return matrix;
};
