import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { overviewTies, type Positions } from '../domain/layout';
import { overviewTieElement } from './elements';
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

/** The overview's springs between the drawn nodes (domain/layout/overviewTies.ts). */
const tiesOf = (cy: Core): [string, string][] =>
  overviewTies(
    cy.nodes().map((node: NodeSingular) => ({
      id: node.id(),
      type: String(node.data('type')),
      segment: String(node.data('segment') ?? ''),
      sectors: String(node.data('sectors') ?? '').split('|'),
    })),
    (a, b) => cy.getElementById(a).edgesWith(cy.getElementById(b)).length > 0,
  );

/**
 * The overview of a small map: fcose run headless (no animation) with Math.random seeded, then its
 * result read back, so the same drawn elements always give the same picture and the switch itself
 * can be animated. The nodes are put back where they were.
 */
export const overviewPositions = (cy: Core): Positions => {
  const saved = readPositions(cy);
  // Added and removed in this task: never drawn.
  const springs = cy.add(tiesOf(cy).map(([from, to], index) => overviewTieElement(from, to, index)));
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

/**
 * Everything the overview's result depends on besides its fixed options: the drawn nodes in order
 * with the size fcose gives them, the edges in order and the springs. Equal keys, equal overviews.
 */
export const overviewKey = (cy: Core): string => {
  const nodes = cy.nodes().map((node: NodeSingular) => {
    const { w, h } = node.layoutDimensions({ nodeDimensionsIncludeLabels: false });
    return `${node.id()} ${w} ${h}`;
  });
  const edges = cy.edges().map((edge) => `${edge.source().id()} ${edge.target().id()}`);
  const ties = tiesOf(cy).map(([from, to]) => `${from} ${to}`);
  return `${nodes.join('\n')}\n\n${edges.join('\n')}\n\n${ties.join('\n')}`;
};
