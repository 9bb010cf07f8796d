/**
 * Chain lanes: one horizontal band per chain, read left to right as chain → upstream → midstream →
 * downstream → the universities and platforms that serve it. Nodes of no chain wait in a bin below.
 */
import { compareByName, sectorsOf } from '../graph/indexes';
import { STAGES, type Graph, type GraphNode, type Stage } from '../graph/types';
import { segmentMembership } from '../analysis/chain-membership';
import type { LayoutDefinition } from './definition';
import { arrangeLanes, type BandCells, type Cell, type ChainLanes } from './laneGeometry';

export const chainLanes = (graph: Graph, aspect?: number): ChainLanes => {
  const chains = graph.nodes.filter((node) => node.type === 'chain').sort(compareByName);
  const chainIds = new Set(chains.map((chain) => chain.id));
  const chainOf = (node: GraphNode): string | undefined =>
    sectorsOf(node).find((sector) => chainIds.has(sector));

  const bands = new Map(chains.map((chain) => [chain.id, emptyBand(chain)]));
  const bin: GraphNode[] = [];
  const bandOf = new Map<string, string>();
  /** Into the chain's band when it has one, else the bin. */
  const put = (
    node: GraphNode,
    chainId: string | undefined,
    place: (band: BandCells, chainId: string) => void,
  ) => {
    const band = chainId === undefined ? undefined : bands.get(chainId);
    if (chainId === undefined || !band) {
      bin.push(node);
      return;
    }
    place(band, chainId);
    bandOf.set(node.id, chainId);
  };

  // Segments first: enterprises hang below them.
  const segmentCells = new Map<string, { cell: Cell; chainId: string }>();
  for (const segment of graph.nodes.filter((node) => node.type === 'segment')) {
    put(segment, chainOf(segment), (band, chainId) => {
      const cell: Cell = { head: segment, members: [] };
      band[isStage(segment.segment) ? segment.segment : 'chain'].push(cell);
      segmentCells.set(segment.id, { cell, chainId });
    });
  }

  // An enterprise in several segments sits under the first: its `segment` column's, else its first membership edge's.
  const { segmentsOf } = segmentMembership(graph);
  for (const node of graph.nodes.filter((candidate) => candidate.type === 'enterprise')) {
    const segmentId = segmentsOf.get(node.id)?.[0];
    const segmentCell = segmentId === undefined ? undefined : segmentCells.get(segmentId);
    if (segmentCell) {
      segmentCell.cell.members.push(node);
      bandOf.set(node.id, segmentCell.chainId);
      continue;
    }
    put(node, chainOf(node), (band) => {
      if (isStage(node.segment)) stageLevelCell(band[node.segment]).members.push(node);
      else band.chain[0]?.members.push(node);
    });
  }

  // Universities and platforms after everyone else, so they can go where most of their ties are.
  const supporters = graph.nodes.filter(
    (candidate) => candidate.type === 'university' || candidate.type === 'platform',
  );
  const linkedBand = mostLinkedBand(
    graph,
    new Set(supporters.map((node) => node.id)),
    bandOf,
    chains.map((chain) => chain.id),
  );
  for (const node of supporters) {
    put(node, linkedBand(node.id) ?? chainOf(node), (band) => band.support[0]?.members.push(node));
  }

  return arrangeLanes(
    chains.map((chain) => ({ chainId: chain.id, cells: bands.get(chain.id) ?? emptyBand(chain) })),
    bin,
    new Map(graph.nodes.map((node, index) => [node.id, index])),
    aspect,
  );
};

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

const emptyBand = (chain: GraphNode): BandCells => ({
  chain: [{ head: chain, members: [] }],
  upstream: [],
  midstream: [],
  downstream: [],
  support: [{ head: null, members: [] }],
});

/** Enterprises whose segment column names only a stage share one headless cell at the end of that stage. */
const stageLevelCell = (cells: Cell[]): Cell => {
  const last = cells.at(-1);
  if (last && last.head === null) return last;
  const cell: Cell = { head: null, members: [] };
  cells.push(cell);
  return cell;
};

/** For each of `ids`, the band it has most edges into; ties go to the band higher up. */
const mostLinkedBand = (
  graph: Graph,
  ids: ReadonlySet<string>,
  bandOf: ReadonlyMap<string, string>,
  bandOrder: readonly string[],
) => {
  const links = new Map<string, Map<string, number>>();
  const count = (id: string, band: string | undefined) => {
    if (band === undefined) return;
    const counts = links.get(id) ?? new Map<string, number>();
    counts.set(band, (counts.get(band) ?? 0) + 1);
    links.set(id, counts);
  };
  // Few nodes are universities or platforms: test that first, it saves most band lookups.
  for (const edge of graph.edges) {
    if (ids.has(edge.source)) count(edge.source, bandOf.get(edge.target));
    if (ids.has(edge.target)) count(edge.target, bandOf.get(edge.source));
  }
  return (id: string): string | undefined => {
    const counts = links.get(id);
    if (!counts) return undefined;
    let best: string | undefined;
    for (const band of bandOrder)
      if ((counts.get(band) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = band;
    return best;
  };
};

/** One band per chain, one column per section, with the bands and column heads drawn behind. */
export const lanesLayout: LayoutDefinition<'lanes'> = {
  id: 'lanes',
  labelKey: 'layout.lanes',
  needsSelection: false,
  plan: ({ graph, aspect }) => {
    const lanes = chainLanes(graph, aspect);
    return { positions: lanes.positions, members: null, lanes };
  },
};
