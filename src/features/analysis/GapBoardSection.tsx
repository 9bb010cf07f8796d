import { Fragment } from 'react';
import type { ChainGapReport } from '../../domain/analysis';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { ChainGapCard } from './ChainGapCard';
import { Computed } from './Computed';
import { downloadGapBoard } from './gapBoardExport';
import { NodeLink } from './NodeLink';
import { useAnalysis } from './useAnalysis';

/** A chain with neither segments nor supply ties has nothing to show but its name. */
const hasFigures = (report: ChainGapReport) => report.segments.length > 0 || report.localSupply.ties > 0;

/** 补链 · 强链 · 延链: every chain's segments, how complete the chain is and how local its supply. Whole map, whatever the filters. */
export function GapBoardSection() {
  const translator = useT();
  const { t } = translator;
  const graph = useAppStore((state) => state.graph);
  const outcome = useAnalysis(graph, 'gapBoard', undefined);
  return (
    <Computed outcome={outcome}>
      {(board) =>
        board.length === 0 ? (
          <p className="analysis-empty">{t('analysis.gaps.noChains')}</p>
        ) : (
          <>
            <div className="analysis-actions">
              <button
                type="button"
                className="button"
                onClick={() => downloadGapBoard(board, useAppStore.getState().origin, translator)}
              >
                {t('analysis.gaps.export')}
              </button>
            </div>
            <p className="analysis-hint">{t('analysis.gaps.rules')}</p>
            {board.filter(hasFigures).map((report) => (
              <ChainGapCard key={report.chainId} report={report} graph={graph} />
            ))}
            <UndefinedChains reports={board.filter((report) => !hasFigures(report))} />
          </>
        )
      }
    </Computed>
  );
}

/** Chains still without segments, in one line, so the board stays about the chains it can assess. */
function UndefinedChains({ reports }: { reports: ChainGapReport[] }) {
  const { t } = useT();
  if (reports.length === 0) return null;
  return (
    <p className="analysis-hint analysis-undefined-chains">
      {t('analysis.gaps.undefinedChains')}{' '}
      {reports.map((report, index) => (
        <Fragment key={report.chainId}>
          {index > 0 && t('analysis.listSeparator')}
          <NodeLink id={report.chainId} name={report.chainName} />
        </Fragment>
      ))}
    </p>
  );
}
