import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Positions } from '../domain/layout';
import { overviewTieElement } from './elements';
import { keyNodeOf, overviewKeyOf, overviewTiesOf, type KeyNode } from './overviewKey';
import { withSeededRandom } from './seededRandom';

const OVERVIEW_SEED = 20241226;

const readPositions = (cy: Core): Positions => {
  const positions: Positions = new Map();
  cy.nodes().forEach((node: NodeSingular) => {
    positions.set(node.id(), { ...node.position() });
  });
  return positions;
};

/**
 * The positions moved so that the middle of their extent is the origin. fcose puts its result where
 * the nodes' bounding box was, labels included, and labels are measured with the browser's fonts:
 * centred, the same data gives the same positions in any browser and in a headless build.
 */
const centred = (positions: Positions): Positions => {
  if (positions.size === 0) return positions;
  const xs = [...positions.values()].map((point) => point.x);
  const ys = [...positions.values()].map((point) => point.y);
  const dx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const dy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return new Map([...positions].map(([id, point]) => [id, { x: point.x - dx, y: point.y - dy }]));
};

const keyNodesOf = (cy: Core): KeyNode[] => cy.nodes().map((node: NodeSingular) => keyNodeOf(node.data()));
const endsOf = (cy: Core) =>
  cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));

/**
 * The overview of a small map: fcose run headless (no animation) with Math.random seeded, then its
 * result read back, so the same drawn elements always give the same picture and the switch itself
 * can be animated. The nodes are put back where they were.
 */
export const overviewPositions = (cy: Core): Positions => {
  const saved = readPositions(cy);
  // Added and removed in this task: never drawn.
  const springs = cy.add(
    overviewTiesOf(keyNodesOf(cy), endsOf(cy)).map(([from, to], index) =>
      overviewTieElement(from, to, index),
    ),
  );
  withSeededRandom(OVERVIEW_SEED, () => {
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'proof',
      nodeRepulsion: () => 35000,
      idealEdgeLength: () => 120,
      edgeElasticity: () => 0.25,
      nodeSeparation: 110,
      gravity: 0.1,
      gravityRange: 5,
      numIter: 2500,
      packComponents: true,
      fit: false,
    } as LayoutOptions).run();
  });
  cy.remove(springs);
  const positions = centred(readPositions(cy));
  // Put the nodes back: the caller animates from where they were.
  cy.nodes().forEach((node: NodeSingular) => {
    const before = saved.get(node.id());
    if (before) node.position(before);
  });
  return positions;
};

/** The overview key (overviewKey.ts) of the elements cytoscape holds. */
export const overviewKey = (cy: Core): string => overviewKeyOf(keyNodesOf(cy), endsOf(cy));
