import { NODE_TYPES } from '../../domain/graph/types';
import { useT } from '../../store/i18n';
import { Computed } from './Computed';
import { formatFixed, formatNumber, formatShare } from './format';
import { useAnalysedGraph } from './useAnalysedGraph';
import { useAnalysis } from './useAnalysis';

/** The visible network at a glance: how many of what, how dense, how many separate pieces. */
export function SummarySection() {
  const { t, lang, value } = useT();
  const { graph, visible } = useAnalysedGraph();
  const outcome = useAnalysis(graph, 'summary', { visible });
  return (
    <Computed outcome={outcome}>
      {(summary) => (
        <>
          <p className="analysis-hint">
            {t(visible ? 'analysis.summary.ofVisible' : 'analysis.summary.ofAll')}
          </p>
          <dl className="analysis-facts">
            <Fact term={t('analysis.summary.nodes')} value={formatNumber(lang, summary.nodeCount)} />
            {NODE_TYPES.filter((type) => summary.nodesByType[type] > 0).map((type) => (
              <Fact
                key={type}
                sub
                term={value('type', type)}
                value={formatNumber(lang, summary.nodesByType[type])}
              />
            ))}
            <Fact term={t('analysis.summary.edges')} value={formatNumber(lang, summary.edgeCount)} />
            <Fact term={t('analysis.summary.density')} value={formatFixed(lang, summary.density, 4)} />
            <Fact
              term={t('analysis.summary.averageDegree')}
              value={formatFixed(lang, summary.averageDegree, 2)}
            />
            <Fact
              term={t('analysis.summary.components')}
              value={formatNumber(lang, summary.componentCount)}
            />
            <Fact
              term={t('analysis.summary.largest')}
              value={t('analysis.summary.largestValue', {
                size: formatNumber(lang, summary.largestComponentSize),
                share: formatShare(
                  lang,
                  summary.nodeCount === 0 ? 0 : summary.largestComponentSize / summary.nodeCount,
                ),
              })}
            />
          </dl>
        </>
      )}
    </Computed>
  );
}

/** One term and its value; `sub` indents a breakdown of the term above. */
function Fact({ term, value, sub = false }: { term: string; value: string; sub?: boolean }) {
  return (
    <div className={sub ? 'analysis-fact analysis-fact-sub' : 'analysis-fact'}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
