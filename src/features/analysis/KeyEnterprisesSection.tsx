import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../../domain/graph/types';
import type { EnterpriseRanking } from '../../io/runAnalysis';
import { useT } from '../../store/i18n';
import type { Lang } from '../../i18n';
import { METRICS, useAnalysisUi, type Metric } from './analysisUi';
import { Computed } from './Computed';
import { formatWith } from './format';
import { useMapLayer } from './mapLayers';
import { NodeLink } from './NodeLink';
import { useAnalysedGraph } from './useAnalysedGraph';
import { useAnalysis } from './useAnalysis';
import { useCapped } from './useCapped';

/** Rows shown before "Show all". */
const TOP = 10;
/** Betweenness is exact up to this many visible nodes, sampled beyond (rankKeyEnterprises' default). */
const BETWEENNESS_SAMPLE = 256;
const SMALLEST = 0.8;
const LARGEST = 2.5;

/** Each measure in the form that reads best in a narrow column, from 47 nodes to 50k. */
const METRIC_FORMATS: Record<Metric, Intl.NumberFormatOptions> = {
  score: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  degree: { maximumFractionDigits: 0 },
  betweenness: { notation: 'compact', maximumFractionDigits: 1 },
  pageRank: { maximumSignificantDigits: 2 },
};
const formatMetric = (lang: Lang, metric: Metric, value: number) =>
  formatWith(lang, value, METRIC_FORMATS[metric]);

/** Size factors from SMALLEST to LARGEST in proportion to the metric; nothing when all score zero. */
const scaleBy = (graph: Graph, ranking: EnterpriseRanking, metric: Metric): [string, number][] | null => {
  const values = ranking[metric];
  const largest = values.reduce((max, value) => Math.max(max, value), 0);
  if (largest === 0) return null;
  return Array.from(ranking.positions, (position, i) => [
    graph.nodes[position]?.id ?? '',
    SMALLEST + ((LARGEST - SMALLEST) * (values[i] ?? 0)) / largest,
  ]);
};

/** 链主: enterprises ranked by degree, betweenness and PageRank on the visible map, in one chain or all. */
export function KeyEnterprisesSection() {
  const { t } = useT();
  const { graph, visible } = useAnalysedGraph();
  const { keyScope, keyMetric, sizeByMetric } = useAnalysisUi(
    useShallow(({ keyScope, keyMetric, sizeByMetric }) => ({ keyScope, keyMetric, sizeByMetric })),
  );
  const { set } = useAnalysisUi.getState();
  const chains = useMemo(() => graph.nodes.filter((node) => node.type === 'chain'), [graph]);
  const scope = chains.some((chain) => chain.id === keyScope) ? keyScope : null;
  const outcome = useAnalysis(graph, 'keyEnterprises', {
    chainId: scope ?? undefined,
    visible,
    sampleSources: BETWEENNESS_SAMPLE,
  });
  const scale = useMemo(
    () => (outcome.status === 'done' && sizeByMetric ? scaleBy(graph, outcome.value, keyMetric) : null),
    [graph, outcome, sizeByMetric, keyMetric],
  );
  useMapLayer('nodeScale', scale);
  const visibleCount = visible?.nodeIds?.size ?? graph.nodes.length;

  return (
    <>
      <div className="analysis-form-row">
        <label className="analysis-field">
          {t('analysis.key.scope')}
          <select value={scope ?? ''} onChange={(event) => set({ keyScope: event.target.value || null })}>
            <option value="">{t('analysis.key.wholeMap')}</option>
            {chains.map((chain) => (
              <option key={chain.id} value={chain.id}>
                {chain.name}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-field">
          {t('analysis.key.rankBy')}
          <select value={keyMetric} onChange={(event) => set({ keyMetric: event.target.value as Metric })}>
            {METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t(`analysis.metric.${metric}.name`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="analysis-toggle">
        <input
          type="checkbox"
          checked={sizeByMetric}
          onChange={(event) => set({ sizeByMetric: event.target.checked })}
        />
        {t('analysis.key.sizeBy', { metric: t(`analysis.metric.${keyMetric}`) })}
      </label>
      <p className="analysis-hint">
        {t(visible ? 'analysis.key.onVisible' : 'analysis.key.onAll', { count: visibleCount })}
        {visibleCount > BETWEENNESS_SAMPLE && ` ${t('analysis.key.sampled', { sample: BETWEENNESS_SAMPLE })}`}
      </p>
      <Computed outcome={outcome}>
        {(ranking) =>
          ranking.positions.length === 0 ? (
            <p className="analysis-empty">{t('analysis.key.none')}</p>
          ) : (
            <RankTable graph={graph} ranking={ranking} metric={keyMetric} />
          )
        }
      </Computed>
    </>
  );
}

/** The enterprises by the chosen metric, best first; a column heading picks the metric. */
function RankTable({ graph, ranking, metric }: { graph: Graph; ranking: EnterpriseRanking; metric: Metric }) {
  const { t, lang } = useT();
  // Row numbers in the ranking, by the metric; a stable sort, so ties keep the blended order.
  const order = useMemo(() => {
    const values = ranking[metric];
    return Array.from(ranking.positions.keys()).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  }, [ranking, metric]);
  const { shown, toggle } = useCapped(order, TOP);
  return (
    <>
      <table className="analysis-table">
        <caption className="visually-hidden">
          {t('analysis.key.caption', { metric: t(`analysis.metric.${metric}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.key.rank')}</th>
            <th scope="col">{t('analysis.key.enterprise')}</th>
            {METRICS.map((column) => (
              <th
                key={column}
                scope="col"
                className="analysis-number-cell"
                aria-sort={column === metric ? 'descending' : undefined}
              >
                <button
                  type="button"
                  className={column === metric ? 'analysis-sort active' : 'analysis-sort'}
                  title={t(`analysis.metric.${column}.about`)}
                  onClick={() => useAnalysisUi.getState().set({ keyMetric: column })}
                >
                  {t(`analysis.metric.${column}.short`)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => {
            const node = graph.nodes[ranking.positions[row] ?? -1];
            return (
              <tr key={row}>
                <td className="analysis-number-cell">{index + 1}</td>
                <td>{node && <NodeLink id={node.id} name={node.name} />}</td>
                {METRICS.map((column) => (
                  <td
                    key={column}
                    className={column === metric ? 'analysis-number-cell active' : 'analysis-number-cell'}
                  >
                    {formatMetric(lang, column, ranking[column][row] ?? 0)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {toggle}
    </>
  );
}
