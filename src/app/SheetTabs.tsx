import type { MessageKey } from '../i18n';
import { useAppStore, type Sheet } from '../store';
import { useT } from '../store/i18n';

const TABS: readonly { sheet: Sheet | null; label: MessageKey; controls: string }[] = [
  { sheet: null, label: 'sheets.map', controls: 'map-area' },
  { sheet: 'filters', label: 'filters.title', controls: 'left-panel' },
  { sheet: 'legend', label: 'legend.title', controls: 'left-panel' },
  { sheet: 'details', label: 'details.title', controls: 'right-panel' },
  { sheet: 'analysis', label: 'panels.analysis', controls: 'right-panel' },
];

/** On a narrow screen (compact.css), under everything: which panel shares the screen with the map, or the map alone. */
export function SheetTabs() {
  const { t } = useT();
  const current = useAppStore((state) => state.sheet);
  const { openSheet } = useAppStore.getState();
  return (
    <div role="tablist" aria-label={t('sheets.label')} className="sheet-tabs">
      {TABS.map(({ sheet, label, controls }) => (
        <button
          key={label}
          type="button"
          role="tab"
          aria-selected={sheet === current}
          aria-controls={controls}
          className="sheet-tab"
          onClick={() => openSheet(sheet)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
