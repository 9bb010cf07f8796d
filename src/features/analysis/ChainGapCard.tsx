import { useId, useMemo } from 'react';
import type { ChainGapReport, GapEnterprise, GapSegment } from '../../domain/analysis';
import { awardRank } from '../../domain/graph/indexes';
import type { Graph } from '../../domain/graph/types';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { useAnalysisUi } from './analysisUi';
import { formatNumber, formatShare } from './format';
import { NodeLink } from './NodeLink';
import { STATUS_GLYPHS } from './statuses';
import { useCapped } from './useCapped';

/** Enterprises named per segment, and rows per supply list, before "N more". */
const ENTERPRISES_SHOWN = 5;
const ROWS_SHOWN = 8;

/** Σ weight of the segments with each status: the terms the completeness score is made of. */
const weightByStatus = (segments: readonly GapSegment[]) => {
  const sum = (status: GapSegment['status']) =>
    segments
      .filter((segment) => segment.status === status)
      .reduce((total, segment) => total + segment.weight, 0);
  return { strong: sum('strong'), weak: sum('weak'), missing: sum('missing') };
};

/** One chain on the gap board: its score and why, its segments with their local enterprises, its supply. */
export function ChainGapCard({ report, graph }: { report: ChainGapReport; graph: Graph }) {
  const { t, lang } = useT();
  // Not built from the chain id: an id with a space would split aria-labelledby in two.
  const headingId = useId();
  const { score, earned, possible } = report.completeness;
  const { rate, localTies, ties } = report.localSupply;
  return (
    <article className="analysis-chain" aria-labelledby={headingId}>
      <h4 id={headingId} className="analysis-chain-heading">
        <NodeLink id={report.chainId} name={report.chainName} />
        {score !== null && (
          <span className="analysis-score">
            {t('analysis.gaps.score', { score: formatShare(lang, score) })}
          </span>
        )}
      </h4>
      {score === null ? (
        <p className="analysis-hint">{t('analysis.gaps.noSegments')}</p>
      ) : (
        <>
          <div className="analysis-meter" aria-hidden="true">
            <span style={{ width: `${score * 100}%` }} />
          </div>
          <p className="analysis-hint">
            {t('analysis.gaps.explain', {
              earned: formatNumber(lang, earned, 1),
              possible: formatNumber(lang, possible, 1),
              ...weightByStatus(report.segments),
            })}
          </p>
          <ul
            className="analysis-segments"
            aria-label={t('analysis.gaps.segmentsOf', { chain: report.chainName })}
          >
            {report.segments.map((segment) => (
              <SegmentRow key={segment.id} chainId={report.chainId} segment={segment} />
            ))}
          </ul>
        </>
      )}
      <p className="analysis-supply-rate">
        {rate === null
          ? t('analysis.gaps.noSupplyTies')
          : t('analysis.gaps.localSupply', { rate: formatShare(lang, rate), local: localTies, ties })}
      </p>
      <SupplyDetails report={report} graph={graph} />
    </article>
  );
}

function SegmentRow({ chainId, segment }: { chainId: string; segment: GapSegment }) {
  const { t, value } = useT();
  return (
    <li className={`analysis-segment status-${segment.status}`}>
      <div className="analysis-segment-head">
        <span className={`analysis-status status-${segment.status}`}>
          <span aria-hidden="true">{STATUS_GLYPHS[segment.status]}</span>{' '}
          {t(`analysis.status.${segment.status}`)}
        </span>
        <NodeLink id={segment.id} name={segment.name} />
        {segment.stage && <span className="analysis-muted">{value('stage', segment.stage)}</span>}
        {segment.key && <span className="analysis-tag analysis-key">{t('analysis.gaps.key')}</span>}
      </div>
      {segment.localEnterprises.length === 0 ? (
        <p className="analysis-hint">{t('analysis.gaps.noLocal')}</p>
      ) : (
        <EnterpriseChips enterprises={segment.localEnterprises} />
      )}
      {segment.status !== 'strong' && (
        <button
          type="button"
          className="link-button analysis-more"
          onClick={() => useAnalysisUi.getState().showAttraction(chainId, segment.id)}
        >
          {t('analysis.gaps.findCandidates')}
        </button>
      )}
    </li>
  );
}

/** A segment's local enterprises, the most honoured first, the first few until asked for all. */
function EnterpriseChips({ enterprises }: { enterprises: GapEnterprise[] }) {
  const { t, value } = useT();
  // A stable sort: file order within a level.
  const ranked = useMemo(
    () => [...enterprises].sort((a, b) => awardRank(a.awardLevel) - awardRank(b.awardLevel)),
    [enterprises],
  );
  const { shown, toggle } = useCapped(ranked, ENTERPRISES_SHOWN);
  return (
    <ul className="analysis-chips">
      {shown.map((enterprise) => (
        <li
          key={enterprise.id}
          className="analysis-chip"
          title={enterprise.awards.join(t('analysis.listSeparator')) || undefined}
        >
          <NodeLink id={enterprise.id} name={enterprise.name} />
          {enterprise.awardLevel !== 'none' && (
            <span className={`badge level-${enterprise.awardLevel}`}>
              {value('level', enterprise.awardLevel)}
            </span>
          )}
        </li>
      ))}
      {toggle && <li>{toggle}</li>}
    </ul>
  );
}

/** Each enterprise's own local supply rate, and who hangs on a single supplier. */
function SupplyDetails({ report, graph }: { report: ChainGapReport; graph: Graph }) {
  const { t, lang, value } = useT();
  const nodesById = nodesByIdOf(graph);
  const supplied = useCapped(
    report.enterprises.filter((enterprise) => enterprise.localSupplyRate !== null),
    ROWS_SHOWN,
  );
  const dependencies = useCapped(report.singleSupplierDependencies, ROWS_SHOWN);
  return (
    <>
      {supplied.shown.length > 0 && (
        <>
          <h5>{t('analysis.gaps.enterpriseSupply')}</h5>
          <ul className="analysis-plain">
            {supplied.shown.map((enterprise) => (
              <li key={enterprise.id}>
                <NodeLink id={enterprise.id} name={enterprise.name} />{' '}
                <span className="analysis-muted">
                  {t('analysis.gaps.enterpriseRate', {
                    rate: formatShare(lang, enterprise.localSupplyRate ?? 0),
                    local: enterprise.localSuppliers,
                    suppliers: enterprise.suppliers,
                  })}
                </span>
              </li>
            ))}
          </ul>
          {supplied.toggle}
        </>
      )}
      {dependencies.shown.length > 0 && (
        <>
          <h5>{t('analysis.gaps.singleSupplier')}</h5>
          <ul className="analysis-plain">
            {dependencies.shown.map(({ enterpriseId, supplierId, supplierLocality }) => (
              <li key={enterpriseId}>
                <NodeLink id={enterpriseId} name={nodesById.get(enterpriseId)?.name ?? enterpriseId} />
                <span className="analysis-muted"> {t('analysis.gaps.soleSupplier')} </span>
                <NodeLink id={supplierId} name={nodesById.get(supplierId)?.name ?? supplierId} />{' '}
                <span className="analysis-tag">{value('locality', supplierLocality)}</span>
              </li>
            ))}
          </ul>
          {dependencies.toggle}
        </>
      )}
    </>
  );
}
