import { useEffect, useState } from 'react';
import { onUpdateWaiting, reloadIntoUpdate } from '../../io/serviceWorker';
import { useT } from '../../store/i18n';
import { Notice } from '../../ui/Notice';

/** Says that a new version of the app is ready; it starts only when the user presses Reload. */
export function UpdatePrompt() {
  const { t } = useT();
  const [waiting, setWaiting] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateWaiting(() => setWaiting(true)), []);
  if (!waiting || dismissed) return null;
  return (
    <Notice placement="bottom" dismissLabel={t('update.later')} onDismiss={() => setDismissed(true)}>
      <p>
        {t('update.available')}{' '}
        <button type="button" className="button primary" onClick={() => void reloadIntoUpdate()}>
          {t('update.reload')}
        </button>
      </p>
    </Notice>
  );
}
