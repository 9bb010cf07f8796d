import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SupplyLevel, SupplyLevels } from '../../domain/analysis';
import type { Graph } from '../../domain/graph/types';
import { useAppStore } from '../../store';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { useAnalysisUi, type Highlight } from './analysisUi';
import { Computed } from './Computed';
import { useMapLayer } from './mapLayers';
import { NodeLink } from './NodeLink';
import { NodePicker } from './NodePicker';
import { NumberSelect } from './NumberSelect';
import { useAnalysis } from './useAnalysis';
import { useCapped } from './useCapped';

const LEVELS = [1, 3] as const;
/** Partners named per level before "N more". */
const NAMED_PER_LEVEL = 12;

/** The node, its tiers, and the supply edges between them. */
const supplyHighlight = (graph: Graph, id: string, levels: SupplyLevels): Highlight | null => {
  const tiers = [...levels.up, ...levels.down];
  if (tiers.length === 0) return null;
  const nodes = new Set([id, ...tiers.flatMap((level) => level.nodes.map((node) => node.id))]);
  const edges = graph.edges.filter(
    (edge) => edge.relation === 'supply' && nodes.has(edge.source) && nodes.has(edge.target),
  );
  return { nodes: [...nodes], edges: edges.map((edge) => edge.id) };
};

/** Suppliers' suppliers above a picked node and customers' customers below it, tier by tier, local and outside told apart. */
export function SupplySection() {
  const { t } = useT();
  const graph = useAppStore((state) => state.graph);
  const { supplyOf, levelsUp, levelsDown } = useAnalysisUi(
    useShallow(({ supplyOf, levelsUp, levelsDown }) => ({ supplyOf, levelsUp, levelsDown })),
  );
  const { set } = useAnalysisUi.getState();
  const node = supplyOf === null ? undefined : nodesByIdOf(graph).get(supplyOf);
  const outcome = useAnalysis(
    graph,
    'supplyLevels',
    node ? { id: node.id, up: levelsUp, down: levelsDown } : null,
  );
  const levels = outcome.status === 'done' ? outcome.value : null;
  const highlight = useMemo(
    () => (node && levels ? supplyHighlight(graph, node.id, levels) : null),
    [graph, node, levels],
  );
  useMapLayer('highlight', highlight);

  return (
    <>
      <div className="analysis-form">
        <NodePicker
          label={t('analysis.supply.of')}
          value={node?.id ?? null}
          onChange={(id) => set({ supplyOf: id })}
        />
        <div className="analysis-form-row">
          <NumberSelect
            label={t('analysis.supply.levelsUp')}
            value={levelsUp}
            range={LEVELS}
            onChange={(levels) => set({ levelsUp: levels })}
          />
          <NumberSelect
            label={t('analysis.supply.levelsDown')}
            value={levelsDown}
            range={LEVELS}
            onChange={(levels) => set({ levelsDown: levels })}
          />
          <button type="button" className="button" disabled={!node} onClick={() => set({ supplyOf: null })}>
            {t('analysis.clear')}
          </button>
        </div>
      </div>
      <Computed outcome={outcome} idle={<p className="analysis-hint">{t('analysis.supply.pick')}</p>}>
        {({ up, down }) =>
          up.length === 0 && down.length === 0 ? (
            <p className="analysis-empty">{t('analysis.supply.none')}</p>
          ) : (
            <div className="analysis-tiers">
              <Tiers title={t('analysis.supply.upstream')} levels={[...up].reverse()} graph={graph} />
              <p className="analysis-tier-focus">{node?.name}</p>
              <Tiers title={t('analysis.supply.downstream')} levels={down} graph={graph} />
            </div>
          )
        }
      </Computed>
    </>
  );
}

function Tiers({ title, levels, graph }: { title: string; levels: SupplyLevel[]; graph: Graph }) {
  const { t } = useT();
  return (
    <section className="analysis-tier-group" aria-label={title}>
      <h4>{title}</h4>
      {levels.length === 0 && <p className="analysis-hint">{t('analysis.supply.noTier')}</p>}
      {levels.map((level) => (
        <Tier key={level.level} level={level} graph={graph} />
      ))}
    </section>
  );
}

function Tier({ level, graph }: { level: SupplyLevel; graph: Graph }) {
  const { t, value } = useT();
  const nodesById = nodesByIdOf(graph);
  const { shown, toggle } = useCapped(level.nodes, NAMED_PER_LEVEL);
  return (
    <div className="analysis-tier">
      <p className="analysis-tier-count">
        {t('analysis.supply.level', {
          level: level.level,
          count: level.nodes.length,
          local: level.local,
          outside: level.outside,
        })}
      </p>
      <ul className="analysis-chips">
        {shown.map((node) => (
          <li key={node.id} className={`analysis-chip locality-${node.locality}`}>
            <NodeLink id={node.id} name={nodesById.get(node.id)?.name ?? node.id} />
            {node.locality === 'outside' && (
              <span className="analysis-tag">{value('locality', 'outside')}</span>
            )}
          </li>
        ))}
        {toggle && <li>{toggle}</li>}
      </ul>
    </div>
  );
}
