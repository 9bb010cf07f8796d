import { useShallow } from 'zustand/react/shallow';
import { isDepth, MAX_DEPTH, MIN_DEPTH } from '../../domain/layout/depth';
import { useAppStore, type LayoutName } from '../../store';
import { useT } from '../../store/i18n';
import { LodControls } from './LodControls';

const LAYOUTS: LayoutName[] = ['overview', 'circle', 'lanes', 'preset'];

/** Over the map's top edge: the layout switcher, the enterprise circle's depth and fit-to-view; under them, the level of detail. */
export function MapToolbar() {
  const { t } = useT();
  const { layout, depth, presetAvailable } = useAppStore(
    useShallow((state) => ({
      layout: state.layout,
      depth: state.depth,
      presetAvailable:
        state.graph.nodes.length > 0 &&
        state.graph.nodes.every((node) => node.x !== undefined && node.y !== undefined),
    })),
  );
  const { setLayout, setDepth, requestFit } = useAppStore.getState();
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-row">
        <div role="radiogroup" aria-label={t('layout.label')} className="segmented">
          {LAYOUTS.map((name) => (
            <label key={name} className={name === layout ? 'active' : undefined}>
              <input
                type="radio"
                name="layout"
                value={name}
                checked={name === layout}
                disabled={name === 'preset' && !presetAvailable}
                onChange={() => setLayout(name)}
              />
              {t(`layout.${name}`)}
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
      <LodControls />
    </div>
  );
}
