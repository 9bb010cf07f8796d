import type { Core, NodeSingular } from 'cytoscape';
import type { Graph, Stage } from '../domain/graph/types';
import type { GroupKind } from '../domain/group';
import { groupMatrix, type MatrixGroup, type Positions } from '../domain/layout';
import { nodesByIdOf } from '../store/derived';

/**
 * The drawn groups in their chain × stage matrix (domain groupMatrix). It costs nothing to compute,
 * and spares fcose the thousands of merged edges that kept the main thread busy for seconds on a big map.
 */
export const groupMatrixPositions = (cy: Core, graph: Graph): Positions => {
  const nodesById = nodesByIdOf(graph);
  const groups: MatrixGroup[] = [];
  let biggest = 0;
  cy.nodes('[?isGroup]').forEach((node: NodeSingular) => {
    const id = node.id();
    biggest = Math.max(biggest, node.data('height') as number);
    groups.push({
      id,
      groupKind: node.data('groupKind') as GroupKind,
      chainId: node.data('sectors') as string,
      stage: node.data('stage') as Stage | '',
      name: nodesById.get(node.data('anchor') as string)?.name ?? id,
    });
  });
  // Columns leave room for a group's label (up to 260 px wide), rows for the group itself.
  const columnSpacing = Math.max(300, biggest * 2);
  const rowSpacing = Math.max(200, biggest * 1.5);
  const matrix = groupMatrix(groups, (chainId) => nodesById.get(chainId)?.name ?? chainId);
  return new Map(
    [...matrix].map(([id, { row, column }]) => [id, { x: column * columnSpacing, y: row * rowSpacing }]),
  );
};
