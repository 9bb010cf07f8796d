import { useMemo } from 'react';
import type { Graph } from '../../domain/graph/types';
import { NO_SECTOR_COLOR, paletteColor, SECTOR_PALETTE } from '../../domain/legend/styles';
import type { CommunityGroups } from '../../io/runAnalysis';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { useAnalysisUi, type Highlight } from './analysisUi';
import { Computed } from './Computed';
import { formatFixed } from './format';
import { useMapLayer } from './mapLayers';
import { NodeLink } from './NodeLink';
import { useAnalysedGraph } from './useAnalysedGraph';
import { useAnalysis } from './useAnalysis';
import { useCapped } from './useCapped';

/** Communities listed before "N more"; members named per community. */
const LISTED = 8;
const MEMBERS_NAMED = 3;

interface Cluster {
  /** 1, 2, … largest first, as the list and the legend of colours show it. */
  number: number;
  members: string[];
  /** A single node forms no cluster worth a colour: it stays neutral. */
  color: string;
}

/** Clusters largest first, members most connected first, each with its colour-blind-safe colour. */
const clustersOf = (graph: Graph, { count, offsets, members }: CommunityGroups): Cluster[] =>
  Array.from({ length: count }, (_, c) => {
    const ids = Array.from(
      members.subarray(offsets[c], offsets[c + 1]),
      (position) => graph.nodes[position]?.id ?? '',
    );
    return {
      number: c + 1,
      members: ids,
      color: ids.length > 1 ? paletteColor(SECTOR_PALETTE, c) : NO_SECTOR_COLOR,
    };
  });

/** Clusters of closely tied nodes on the visible map (Louvain), with colour-by-community on the map. */
export function CommunitiesSection() {
  const { t, lang } = useT();
  const { graph, visible } = useAnalysedGraph();
  const colourByCommunity = useAnalysisUi((state) => state.colourByCommunity);
  const outcome = useAnalysis(graph, 'communities', { visible });
  const clusters = useMemo(
    () => (outcome.status === 'done' ? clustersOf(graph, outcome.value) : null),
    [graph, outcome],
  );
  const colours = useMemo(
    () =>
      clusters && colourByCommunity
        ? clusters.flatMap(({ members, color }) => members.map((id): [string, string] => [id, color]))
        : null,
    [clusters, colourByCommunity],
  );
  useMapLayer('nodeColor', colours);

  return (
    <>
      <label className="analysis-toggle">
        <input
          type="checkbox"
          checked={colourByCommunity}
          onChange={(event) => useAnalysisUi.getState().set({ colourByCommunity: event.target.checked })}
        />
        {t('analysis.communities.colour')}
      </label>
      <Computed outcome={outcome}>
        {({ count, modularity }) => (
          <>
            <p className="analysis-summary-line">
              {t(visible ? 'analysis.communities.statsVisible' : 'analysis.communities.stats', {
                count,
                modularity: formatFixed(lang, modularity, 2),
              })}
            </p>
            {clusters && <ClusterList graph={graph} clusters={clusters} />}
          </>
        )}
      </Computed>
    </>
  );
}

function ClusterList({ graph, clusters }: { graph: Graph; clusters: Cluster[] }) {
  const { t } = useT();
  const nodesById = nodesByIdOf(graph);
  const focused = useAnalysisUi((state) => state.focusedCommunity);
  const focus = (number: number) =>
    useAnalysisUi.getState().set({ focusedCommunity: number === focused ? null : number });
  const highlight = useMemo<Highlight | null>(() => {
    const members = clusters.find((cluster) => cluster.number === focused)?.members;
    return members ? { nodes: members, edges: [] } : null;
  }, [clusters, focused]);
  useMapLayer('highlight', highlight);
  const { shown, toggle } = useCapped(clusters, LISTED);
  return (
    <>
      <ul className="analysis-clusters">
        {shown.map((cluster) => (
          <li key={cluster.number}>
            <button
              type="button"
              className="analysis-cluster"
              aria-pressed={cluster.number === focused}
              onClick={() => focus(cluster.number)}
            >
              <span className="analysis-swatch" style={{ background: cluster.color }} aria-hidden="true" />
              {t('analysis.communities.cluster', { number: cluster.number, size: cluster.members.length })}
            </button>
            <ClusterMembers cluster={cluster} nameOf={(id) => nodesById.get(id)?.name ?? id} />
          </li>
        ))}
      </ul>
      {toggle}
    </>
  );
}

/** A community's best-connected members by name, and a named button for the rest. */
function ClusterMembers({ cluster, nameOf }: { cluster: Cluster; nameOf: (id: string) => string }) {
  const { t } = useT();
  const { shown, toggle } = useCapped(
    cluster.members,
    MEMBERS_NAMED,
    t('analysis.communities.membersOf', { number: cluster.number }),
  );
  return (
    <span className="analysis-cluster-members">
      {shown.map((id) => (
        <NodeLink key={id} id={id} name={nameOf(id)} />
      ))}
      {toggle}
    </span>
  );
}
