import type { Graph } from '../domain/graph/types';
import type { LaneNames } from '../domain/layout';
import { translate, type Lang } from '../i18n';
import { nodesByIdOf } from '../store/derived';

/** The names the chain lanes show, in the UI language: chains and segments by their nodes' names. */
export const laneNamesOf = (graph: Graph, lang: Lang): LaneNames => {
  const nodesById = nodesByIdOf(graph);
  return {
    chainName: (chainId) => nodesById.get(chainId)?.name ?? chainId,
    // The lanes' own names for the stages: English ones may break with a hyphen in a narrow column.
    section: (section) => translate(lang, `lanes.${section}`),
    segmentName: (segmentId) => nodesById.get(segmentId)?.name ?? segmentId,
    bin: translate(lang, 'lanes.bin'),
  };
};
