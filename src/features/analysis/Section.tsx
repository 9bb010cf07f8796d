import type { ReactNode } from 'react';
import { useAnalysisUi, type SectionId } from './analysisUi';

interface SectionProps {
  id: SectionId;
  title: string;
  /** Rendered only while open, so a closed section computes nothing. */
  children: ReactNode;
}

/** One collapsible part of the panel: a heading whose button opens and closes it (the WAI accordion pattern). */
export function Section({ id, title, children }: SectionProps) {
  const open = useAnalysisUi((state) => state.open[id]);
  const headingId = `analysis-${id}-heading`;
  const bodyId = `analysis-${id}-body`;
  return (
    <section className="analysis-section" aria-labelledby={headingId}>
      <h3 className="analysis-section-heading" id={headingId}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          onClick={() => useAnalysisUi.getState().toggleSection(id)}
        >
          <span className="analysis-chevron" aria-hidden="true" />
          {title}
        </button>
      </h3>
      {open && (
        <div className="analysis-section-body" id={bodyId}>
          {children}
        </div>
      )}
    </section>
  );
}
