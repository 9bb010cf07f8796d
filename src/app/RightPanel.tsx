import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../store';
import { useT } from '../store/i18n';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { Loading } from '../ui/Loading';
import { Guarded } from './Guarded';
import { SKIP_TARGETS } from './SkipLinks';

// The planner's analyses are loaded when the tab is first opened, keeping the first download small.
// A fresh lazy component per load: React keeps a failed load's error, so Reload panel loads anew.
const loadAnalysisPanel = () =>
  lazy(async () => ({
    default: (await import('../features/analysis/AnalysisPanel')).AnalysisPanel,
  }));

const PANELS = ['details', 'analysis'] as const;

/** Details of the selection, and the planner's Analysis as a second tab. */
export function RightPanel() {
  const { t } = useT();
  const current = useAppStore((state) => state.rightPanel);
  const { showRightPanel } = useAppStore.getState();
  const [AnalysisPanel, setAnalysisPanel] = useState(loadAnalysisPanel);
  return (
    <aside
      className="side-panel right-panel"
      id={SKIP_TARGETS.details}
      tabIndex={-1}
      aria-label={t('app.detailsAndAnalysis')}
    >
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
          <Guarded panel="details.title">
            <DetailsPanel />
          </Guarded>
        ) : (
          <Guarded panel="analysis.title" onReload={() => setAnalysisPanel(loadAnalysisPanel)}>
            <Suspense fallback={<Loading label={t('app.loadingPart')} />}>
              <AnalysisPanel />
            </Suspense>
          </Guarded>
        )}
      </div>
    </aside>
  );
}
