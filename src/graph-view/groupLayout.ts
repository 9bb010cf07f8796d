import type { Core, NodeSingular } from 'cytoscape';
import { STAGES, type Graph } from '../domain/graph/types';
import type { GroupKind } from '../domain/group';
import type { Positions } from '../domain/layout/geometry';
import { nodesByIdOf } from '../store/derived';

/** Bins for members of no chain, in the last row, in this order. */
const BIN_ORDER = ['agg:type:university', 'agg:type:platform', 'agg:other'];
const BIN_ROW = '\u0000bins';

/**
 * The grouped map as a chain × stage matrix: one row per chain, a chain node's or a sector value's
 * (its chain-level group first, then its segments and stages upstream → downstream, then the
 * universities and platforms beside it), the university / platform / other groups in a last row. It reads top-down the way a chain map is read, costs nothing to compute, and spares fcose
 * the thousands of merged edges that kept the main thread busy for seconds on a big map.
 */
export const groupMatrixPositions = (cy: Core, graph: Graph): Positions => {
  const nodesById = nodesByIdOf(graph);
  const rows = new Map<string, { id: string; order: number; name: string }[]>();
  let biggest = 0;
  cy.nodes('[?isGroup]').forEach((node: NodeSingular) => {
    const id = node.id();
    biggest = Math.max(biggest, node.data('height') as number);
    const anchor = nodesById.get(node.data('anchor') as string);
    const chainId = node.data('sectors') as string;
    const kind = node.data('groupKind') as GroupKind;
    const binIndex = BIN_ORDER.indexOf(id);
    const row = binIndex >= 0 || chainId === '' ? BIN_ROW : chainId;
    const stage = (STAGES as readonly string[]).indexOf(node.data('stage') as string);
    // Chain-level group first, then segments and stages upstream → downstream (no stage last), the
    // chain's universities and platforms after them; bins in their fixed order.
    const order =
      binIndex >= 0
        ? binIndex
        : kind === 'chain'
          ? -1
          : kind === 'support'
            ? STAGES.length + 1
            : stage >= 0
              ? stage
              : STAGES.length;
    const cells = rows.get(row) ?? [];
    cells.push({ id, order, name: anchor?.name ?? id });
    rows.set(row, cells);
  });
  // Columns leave room for a group's label (up to 260 px wide), rows for the group itself.
  const columnSpacing = Math.max(300, biggest * 2);
  const rowSpacing = Math.max(200, biggest * 1.5);
  const chainName = (chainId: string) => nodesById.get(chainId)?.name ?? chainId;
  const rowKeys = [...rows.keys()].sort((a, b) =>
    a === BIN_ROW ? 1 : b === BIN_ROW ? -1 : chainName(a).localeCompare(chainName(b), 'zh-Hans-CN'),
  );
  const positions: Positions = new Map();
  rowKeys.forEach((key, rowIndex) => {
    const cells = (rows.get(key) ?? []).sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
    cells.forEach((cell, column) =>
      positions.set(cell.id, { x: column * columnSpacing, y: rowIndex * rowSpacing }),
    );
  });
  return positions;
};
