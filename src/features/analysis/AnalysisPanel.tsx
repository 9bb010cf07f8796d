import { useT } from '../../store/i18n';
import { useAnalysisUi } from './analysisUi';
import { AttractionSection } from './AttractionSection';
import { CommunitiesSection } from './CommunitiesSection';
import { GapBoardSection } from './GapBoardSection';
import { KeyEnterprisesSection } from './KeyEnterprisesSection';
import { useAnalysisDecorations } from './mapLayers';
import { PathsSection } from './PathsSection';
import { Section } from './Section';
import { SummarySection } from './SummarySection';
import { SupplySection } from './SupplySection';

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
      <Section id="paths" title={t('analysis.paths.title')}>
        <PathsSection />
      </Section>
      <Section id="supply" title={t('analysis.supply.title')}>
        <SupplySection />
      </Section>
      <Section id="gaps" title={t('analysis.gaps.title')}>
        <GapBoardSection />
      </Section>
      <Section id="attraction" title={t('analysis.attraction.title')}>
        <AttractionSection />
      </Section>
      <Section id="keyEnterprises" title={t('analysis.key.title')}>
        <KeyEnterprisesSection />
      </Section>
      <Section id="communities" title={t('analysis.communities.title')}>
        <CommunitiesSection />
      </Section>
      <Section id="summary" title={t('analysis.summary.title')}>
        <SummarySection />
      </Section>
      <AnalysisDecorations />
    </section>
  );
}
