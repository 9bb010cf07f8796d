import { lazy, Suspense } from 'react';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { DetailsPanel } from '../features/details/DetailsPanel';

// The planner's analyses are loaded when the tab is first opened, keeping the first download small.
const AnalysisPanel = lazy(async () => ({
  default: (await import('../features/analysis/AnalysisPanel')).AnalysisPanel,
}));

const PANELS = ['details', 'analysis'] as const;

/** Details of the selection, and the planner's Analysis as a second tab. */
export function RightPanel() {
  const { t } = useT();
  const current = useAppStore((state) => state.rightPanel);
  const { showRightPanel } = useAppStore.getState();
  return (
    <aside className="side-panel right-panel">
      <div role="tablist" aria-label={t('panels.label')} className="tabs">
        {PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={`tab-${panel}`}
            aria-selected={panel === current}
            aria-controls={`tabpanel-${panel}`}
            className={panel === current ? 'tab active' : 'tab'}
            onClick={() => showRightPanel(panel)}
          >
            {t(panel === 'details' ? 'details.title' : 'panels.analysis')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${current}`} aria-labelledby={`tab-${current}`}>
        {current === 'details' ? (
          <DetailsPanel />
        ) : (
          <Suspense fallback={<p className="empty-hint">{t('app.loading')}</p>}>
            <AnalysisPanel />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
