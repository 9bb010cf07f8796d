import { useShallow } from 'zustand/react/shallow';
import { overviewLayout } from '../../domain/layout';
import { useAppStore } from '../../store';
import { isGrouped } from '../../store/derived';
import { groupNameOf } from '../../store/groupNames';
import { useT } from '../../store/i18n';

/** Level of detail: the breadcrumb of opened groups, "Show all", "Refine layout", and the progress of a big draw or layout. */
export function LodControls() {
  const { t } = useT();
  const { grouped, lod, expanded, progress, layoutProgress, graph, layout } = useAppStore(
    useShallow((state) => ({
      layout: state.layout,
      grouped: isGrouped(state),
      lod: state.lod,
      expanded: state.openGroups,
      progress: state.drawProgress,
      layoutProgress: state.layoutProgress,
      graph: state.graph,
    })),
  );
  const { setLod, closeGroupsFrom, closeAllGroups, cancelLayout, refineLayout } = useAppStore.getState();
  if (progress) {
    return (
      <div
        className="lod-controls"
        role="group"
        aria-label={t('lod.drawing', { done: progress.done, total: progress.total })}
      >
        <progress max={progress.total} value={progress.done} />
        <span>{t('lod.drawing', { done: progress.done, total: progress.total })}</span>
        <button type="button" className="button" onClick={() => setLod('auto')}>
          {t('lod.cancel')}
        </button>
      </div>
    );
  }
  const layingOut = layoutProgress && (
    <div
      className="lod-controls"
      role="group"
      aria-label={t('lod.layingOut', {
        percent: Math.round((100 * layoutProgress.done) / layoutProgress.total),
      })}
    >
      <progress max={layoutProgress.total} value={layoutProgress.done} />
      <span>
        {t('lod.layingOut', { percent: Math.round((100 * layoutProgress.done) / layoutProgress.total) })}
      </span>
      <button type="button" className="button" onClick={cancelLayout}>
        {t('lod.cancel')}
      </button>
    </div>
  );
  if (lod === 'all') {
    return (
      <>
        <div className="lod-controls">
          <button type="button" className="button" onClick={() => setLod('auto')}>
            {t('lod.backToGroups')}
          </button>
          {/* Members stand around their groups; ForceAtlas2 pulls tied nodes together, on request only. */}
          {layout === overviewLayout.id && !layoutProgress && (
            <button type="button" className="button" onClick={refineLayout}>
              {t('lod.refineLayout')}
            </button>
          )}
        </div>
        {layingOut}
      </>
    );
  }
  if (layingOut) return layingOut;
  if (!grouped) return null;
  const nameOf = (groupId: string) => groupNameOf(graph, groupId, t);
  return (
    <div className="lod-controls">
      <span className="lod-hint" aria-hidden="true">
        {t('lod.grouped')}
      </span>
      <nav aria-label={t('lod.grouped')} className="breadcrumb">
        <button
          type="button"
          className="link-button"
          onClick={closeAllGroups}
          disabled={expanded.length === 0}
        >
          {t('lod.closeAllGroups')}
        </button>
        {expanded.map((id) => (
          <span key={id} className="crumb">
            <span aria-hidden="true">›</span>
            <button
              type="button"
              className="link-button"
              onClick={() => closeGroupsFrom(id)}
              aria-label={t('lod.collapse', { name: nameOf(id) })}
            >
              {nameOf(id)} ✕
            </button>
          </span>
        ))}
      </nav>
      <button type="button" className="button lod-show-all" onClick={() => setLod('all')}>
        {t('lod.showAll')}
      </button>
    </div>
  );
}
