import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../store/i18n';
import { PanelBoundary } from '../ui/PanelBoundary';

/** A panel (or the map) behind its own error boundary, named by `panel` in the failure message. */
export function Guarded({
  panel,
  onReload,
  children,
}: {
  panel: MessageKey;
  onReload?: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <PanelBoundary
      failedText={(message) => t('boundary.failed', { panel: t(panel), message })}
      reloadLabel={t('boundary.reload')}
      onReload={onReload}
    >
      {children}
    </PanelBoundary>
  );
}
