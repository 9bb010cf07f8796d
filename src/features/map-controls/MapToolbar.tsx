import { useShallow } from 'zustand/react/shallow';
import { LAYOUTS } from '../../domain/layout';
import { isDepth, MAX_DEPTH, MIN_DEPTH } from '../../domain/layout/depth';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { LodControls } from './LodControls';
import { CircleHint } from './CircleHint';

/** Over the map's top edge: the layout switcher, the enterprise circle's depth and fit-to-view; under them, the level of detail. */
export function MapToolbar() {
  const { t } = useT();
  const { layout, depth } = useAppStore(
    useShallow((state) => ({ layout: state.layout, depth: state.depth })),
  );
  const available = useAppStore(
    useShallow((state) => LAYOUTS.map((each) => each.available?.(state.graph) ?? true)),
  );
  const { setLayout, setDepth, requestFit } = useAppStore.getState();
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-row">
        <div role="radiogroup" aria-label={t('layout.label')} className="segmented">
          {LAYOUTS.map(({ id, labelKey }, index) => (
            <label key={id} className={id === layout ? 'active' : undefined}>
              <input
                type="radio"
                name="layout"
                value={id}
                checked={id === layout}
                disabled={!available[index]}
                onChange={() => setLayout(id)}
              />
              {t(labelKey)}
            </label>
          ))}
        </div>
        <label className="depth">
          {t('layout.depth')}
          <input
            type="number"
            min={MIN_DEPTH}
            max={MAX_DEPTH}
            value={depth}
            aria-label={t('layout.depth')}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (isDepth(value)) setDepth(value);
            }}
          />
        </label>
        <button type="button" className="button" onClick={requestFit}>
          {t('layout.fit')}
        </button>
      </div>
      <CircleHint />
      <LodControls />
    </div>
  );
}
