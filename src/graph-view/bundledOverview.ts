import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { importFiles, type InputFile } from '../domain/csv/import';
import type { Graph } from '../domain/graph/types';
import { graphElements } from './elements';
import { overviewKey, overviewPositions } from './overviewLayout';
import { buildStylesheet, labelsFor } from './stylesheet';

/** A small map's overview worked out ahead, with the key of what it was worked out for. */
export interface ShippedOverview {
  /** overviewKey of the elements it was laid out from. */
  key: string;
  positions: [id: string, x: number, y: number][];
}

/** A headless cytoscape holding the whole graph as the map draws it: the same elements and stylesheet. */
export const headlessMap = (graph: Graph): Core => {
  const elements = [...graphElements(graph).values()];
  cytoscape.use(fcose);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ labels: labelsFor(elements.length), textScale: 1, lanes: false }),
    // Nodes before edges, as the map adds them: fcose's result depends on the order.
    elements: [
      ...elements.filter((element) => element.group === 'nodes'),
      ...elements.filter((element) => element.group === 'edges'),
    ],
  });
};

/**
 * The overview of a map read from its files, laid out as the map lays it out (the same elements,
 * stylesheet and fcose run) in a headless cytoscape: the build ships the bundled map's with the app
 * (build/bundledOverview.ts), so the first picture needs no layout.
 */
export const overviewOfFiles = (files: readonly InputFile[]): ShippedOverview => {
  const { graph, report } = importFiles(files);
  if (report.fatal) throw new Error(`${files.map((file) => file.name).join(', ')}: not a map`);
  const cy = headlessMap(graph);
  const positions = overviewPositions(cy);
  const key = overviewKey(cy);
  cy.destroy();
  return { key, positions: [...positions].map(([id, { x, y }]) => [id, x, y]) };
};
