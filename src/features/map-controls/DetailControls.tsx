import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { isAggregated } from '../../store/derived';
import { groupNameOf } from '../../store/groupNames';
import { useT } from '../../store/i18n';

/** Level of detail: the breadcrumb of opened groups, "Show all", and the progress of a big draw or layout. */
export function DetailControls() {
  const { t } = useT();
  const { aggregated, detail, expanded, progress, layoutProgress, graph } = useAppStore(
    useShallow((state) => ({
      aggregated: isAggregated(state),
      detail: state.detail,
      expanded: state.expandedAggregates,
      progress: state.drawProgress,
      layoutProgress: state.layoutProgress,
      graph: state.graph,
    })),
  );
  const { setDetail, collapseAggregate, collapseAll, cancelLayout } = useAppStore.getState();
  if (progress) {
    return (
      <div
        className="detail-controls"
        role="group"
        aria-label={t('detail.drawing', { done: progress.done, total: progress.total })}
      >
        <progress max={progress.total} value={progress.done} />
        <span>{t('detail.drawing', { done: progress.done, total: progress.total })}</span>
        <button type="button" className="button" onClick={() => setDetail('auto')}>
          {t('detail.cancel')}
        </button>
      </div>
    );
  }
  const layingOut = layoutProgress && (
    <div
      className="detail-controls"
      role="group"
      aria-label={t('detail.layingOut', {
        percent: Math.round((100 * layoutProgress.done) / layoutProgress.total),
      })}
    >
      <progress max={layoutProgress.total} value={layoutProgress.done} />
      <span>
        {t('detail.layingOut', { percent: Math.round((100 * layoutProgress.done) / layoutProgress.total) })}
      </span>
      <button type="button" className="button" onClick={cancelLayout}>
        {t('detail.cancel')}
      </button>
    </div>
  );
  if (detail === 'all') {
    return (
      <>
        <div className="detail-controls">
          <button type="button" className="button" onClick={() => setDetail('auto')}>
            {t('detail.backToGroups')}
          </button>
        </div>
        {layingOut}
      </>
    );
  }
  if (layingOut) return layingOut;
  if (!aggregated) return null;
  const nameOf = (aggregateId: string) => groupNameOf(graph, aggregateId, t);
  return (
    <div className="detail-controls">
      <span className="detail-hint" aria-hidden="true">
        {t('detail.aggregated')}
      </span>
      <nav aria-label={t('detail.aggregated')} className="breadcrumb">
        <button type="button" className="link-button" onClick={collapseAll} disabled={expanded.length === 0}>
          {t('detail.collapseAll')}
        </button>
        {expanded.map((id) => (
          <span key={id} className="crumb">
            <span aria-hidden="true">›</span>
            <button
              type="button"
              className="link-button"
              onClick={() => collapseAggregate(id)}
              aria-label={t('detail.collapse', { name: nameOf(id) })}
            >
              {nameOf(id)} ✕
            </button>
          </span>
        ))}
      </nav>
      <button type="button" className="button detail-show-all" onClick={() => setDetail('all')}>
        {t('detail.showAll')}
      </button>
    </div>
  );
}
