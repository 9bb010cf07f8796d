import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstPicture } from '../../io/afterFirstPicture';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { Loading } from '../../ui/Loading';

// The stories' storage, editor and show are loaded after the first picture, not with the page.
const PresenterParts = lazy(async () => ({ default: (await import('./PresenterParts')).PresenterParts }));

/** The presenter's parts (PresenterParts.tsx), mounted once the map is on screen, or at once when asked for. */
export function PresenterLayer() {
  const { t } = useT();
  const asked = useAppStore((state) => state.storiesOpen || state.presenting);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => afterFirstPicture(() => setDrawn(true)), []);
  return asked || drawn ? (
    <Suspense fallback={<Loading label={t('app.loadingPart')} hidden />}>
      <PresenterParts />
    </Suspense>
  ) : null;
}
