import { useT } from '../../store/i18n';
import { useAnalysisUi } from './analysisUi';
import { useAnalysisDecorations } from './mapLayers';
import { Section } from './Section';
import { ANALYSIS_SECTIONS } from './sections';

/** Hands the sections' map layers to the map; its own component so a layer change re-renders nothing else. */
function AnalysisDecorations() {
  useAnalysisDecorations();
  return null;
}

/** The planner's questions of the chain map, one collapsible section each; closed sections compute nothing. */
export function AnalysisPanel() {
  const { t } = useT();
  return (
    <section role="region" aria-label={t('analysis.title')} className="analysis">
      <div className="analysis-toolbar">
        <h2 className="visually-hidden">{t('analysis.title')}</h2>
        <button type="button" className="link-button" onClick={() => useAnalysisUi.getState().clearMap()}>
          {t('analysis.clearMap')}
        </button>
      </div>
      {ANALYSIS_SECTIONS.map((section) => (
        <Section key={section.id} section={section} />
      ))}
      <AnalysisDecorations />
    </section>
  );
}
