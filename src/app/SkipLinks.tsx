import { useT } from '../store/i18n';
import { MAP_AREA_ID } from '../ui/focusMapArea';

/** The ids of the regions the skip links go to (the phone layout's sheet tabs control them too). */
export const SKIP_TARGETS = { map: MAP_AREA_ID, filters: 'left-panel', details: 'right-panel' } as const;

const LINKS = [
  ['map', 'app.skipToMap'],
  ['filters', 'app.skipToFilters'],
  ['details', 'app.skipToDetails'],
] as const;

/**
 * The first Tab stops: past the top bar to the map's tools, the filters, or Details (where "Open
 * enterprise circle" is). Buttons, not `#` links: the address's hash holds the shared view.
 */
export function SkipLinks() {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      {LINKS.map(([target, label]) => (
        <button
          key={target}
          type="button"
          className="skip-link"
          onClick={() => document.getElementById(SKIP_TARGETS[target])?.focus()}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
