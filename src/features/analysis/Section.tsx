import { useT } from '../../store/i18n';
import { useAnalysisUi } from './analysisUi';
import type { AnalysisSection, SectionId } from './sections';

/** One collapsible part of the panel: a heading whose button opens and closes it (the WAI accordion pattern). */
export function Section({ section }: { section: AnalysisSection<SectionId> }) {
  const { t } = useT();
  const { id, Component } = section;
  const open = useAnalysisUi((state) => state.open[id] ?? section.open);
  const headingId = `analysis-${id}-heading`;
  const bodyId = `analysis-${id}-body`;
  return (
    <section className="analysis-section" aria-labelledby={headingId}>
      <h3 className="analysis-section-heading" id={headingId}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => useAnalysisUi.getState().setSectionOpen(id, !open)}
        >
          <span className="analysis-chevron" aria-hidden="true" />
          {t(section.title)}
        </button>
      </h3>
      {/* Rendered only while open, so a closed section computes nothing. */}
      {open && (
        <div className="analysis-section-body" id={bodyId}>
          <Component />
        </div>
      )}
    </section>
  );
}
