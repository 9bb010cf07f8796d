import type { ReactNode } from 'react';
import { useT } from '../../store/i18n';
import type { AnalysisState } from './useAnalysis';

interface ComputedProps<T> {
  outcome: AnalysisState<T>;
  /** Shown while there is nothing to compute yet. */
  idle?: ReactNode;
  children: (value: T) => ReactNode;
}

/** An analysis result once it is there; meanwhile a note that it is being computed, or why it failed. */
export function Computed<T>({ outcome, idle = null, children }: ComputedProps<T>) {
  const { t } = useT();
  switch (outcome.status) {
    case 'idle':
      return idle;
    case 'pending':
      return <p className="analysis-hint analysis-busy">{t('analysis.computing')}</p>;
    case 'failed':
      return <p className="analysis-error">{t('analysis.failed', { reason: outcome.message })}</p>;
    case 'done':
      return children(outcome.value);
  }
}
