import { useId, useState } from 'react';
import { useAppStore, type MapPort } from '../../store';
import { useT, type Translator } from '../../store/i18n';
import { fieldLabel } from '../../store/fieldLabels';
import { CHANGE_COLUMNS, CHANGE_KINDS, type ChangesCsvLabels } from '../../domain/diff';
import { ActionNotice, type ActionNoticeValue } from '../../ui/ActionNotice';
import { MenuPopover } from '../../ui/MenuPopover';
import type { MessageKey } from '../../i18n';
import type { CsvForm, CsvKind, CsvScope } from './exportActions';

type Actions = typeof import('./exportActions');

type Notice = ActionNoticeValue;

const CSV_SCOPES: readonly { value: CsvScope; label: 'export.scopeAll' | 'export.scopeVisible' }[] = [
  { value: 'all', label: 'export.scopeAll' },
  { value: 'visible', label: 'export.scopeVisible' },
];
const CSV_FORMS: readonly { value: CsvForm; label: 'export.formImported' | 'export.formStandard' }[] = [
  { value: 'imported', label: 'export.formImported' },
  { value: 'standard', label: 'export.formStandard' },
];

const CSV_BUTTONS: readonly { kind: CsvKind; label: 'export.nodesCsv' | 'export.edgesCsv' }[] = [
  { kind: 'nodes', label: 'export.nodesCsv' },
  { kind: 'edges', label: 'export.edgesCsv' },
];

/** The SVG's title element: the dataset as the top bar names it, and today's date. */
const svgTitle = ({ t, lang }: Translator): string => {
  const { origin } = useAppStore.getState();
  const dataset =
    origin.kind === 'bundled'
      ? t('dataset.bundledName')
      : origin.kind === 'example'
        ? `${t('example.badge')} · ${t('example.name')}`
        : origin.files.join(' + ');
  return t('export.svgTitle', {
    dataset,
    date: new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
  });
};

/** The change list's words in the UI language. */
const changesLabels = ({ t }: Translator): ChangesCsvLabels => ({
  columns: Object.fromEntries(
    CHANGE_COLUMNS.map((column) => [column, t(`changes.csv.${column}`)]),
  ) as ChangesCsvLabels['columns'],
  change: Object.fromEntries(
    CHANGE_KINDS.map((change) => [change, t(`changes.value.${change}`)]),
  ) as ChangesCsvLabels['change'],
  kind: { node: t('changes.csv.node'), edge: t('changes.csv.edge') },
  field: (field) => fieldLabel(t, field),
});

/** Written on every picture of the fictional example, so no copy of it passes for real data. */
const markerOf = ({ t }: Translator): string | undefined =>
  useAppStore.getState().origin.kind === 'example' ? t('example.marker') : undefined;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The Export button in the top bar and its panel: nodes / edges CSV (all or filtered), PNG and SVG of the map. */
export function ExportMenu() {
  const translator = useT();
  const { t } = translator;
  const changesShown = useAppStore((state) => state.showChanges);
  const [scope, setScope] = useState<CsvScope>('all');
  // After an upload the default is the user's own form; other maps have only the standard one.
  const [chosenForm, setForm] = useState<CsvForm>('imported');
  // An uploaded map remembers how its files were written: only then is there a form to choose.
  const ownForm = useAppStore(
    ({ origin, graph }) =>
      origin.kind === 'upload' && (graph.spelling?.nodes ?? graph.spelling?.edges) !== undefined,
  );
  const form: CsvForm = ownForm ? chosenForm : 'standard';
  const formName = useId();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const scopeName = useId();

  const run = async (job: (actions: Actions) => Promise<Notice> | Notice) => {
    setBusy(true);
    setNotice({ tone: 'info', text: t('export.writing') });
    try {
      setNotice(await job(await import('./exportActions')));
    } catch (error) {
      setNotice({ tone: 'error', text: t('export.failed', { reason: reasonOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  /** The images come from the drawn map; no map yet, no image, and the user is told. */
  const runOnMap = (job: (actions: Actions, map: MapPort) => Promise<Notice> | Notice) => {
    const { map } = useAppStore.getState();
    if (map) void run((actions) => job(actions, map));
    else setNotice({ tone: 'error', text: t('export.mapNotReady') });
  };

  const saved = (file: string): Notice => ({ tone: 'info', text: t('export.saved', { file }) });

  const exportPng = (actions: Actions, map: MapPort) =>
    actions.exportPng(map, markerOf(translator)).then(({ file, scale }): Notice =>
      scale < actions.PNG_SCALE
        ? {
            tone: 'warning',
            text: t('export.pngScaled', { file, scale: scale.toFixed(2), requested: actions.PNG_SCALE }),
          }
        : saved(file),
    );

  return (
    <MenuPopover
      label={t('export.menu')}
      panelLabel={t('export.panel')}
      after={
        <ActionNotice notice={notice} dismissLabel={t('export.dismiss')} onDismiss={() => setNotice(null)} />
      }
    >
      <RadioChoice
        legend={t('export.scope')}
        name={scopeName}
        options={CSV_SCOPES}
        chosen={scope}
        onChoose={setScope}
      />
      {ownForm && (
        <RadioChoice
          legend={t('export.form')}
          name={formName}
          options={CSV_FORMS}
          chosen={form}
          onChoose={setForm}
        />
      )}
      <div className="export-buttons">
        {CSV_BUTTONS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run((actions) => saved(actions.exportCsv(kind, scope, form)))}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(async (actions) => saved(await actions.exportWorkbook(scope, form)))}
        >
          {t('export.workbook')}
        </button>
        {changesShown && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run((actions) => {
                const file = actions.exportChanges(changesLabels(translator));
                return file ? saved(file) : { tone: 'error', text: t('export.noChanges') };
              })
            }
          >
            {t('export.changesCsv')}
          </button>
        )}
      </div>
      <p className="export-hint">{t('export.imageHint')}</p>
      <div className="export-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => runOnMap(exportPng)}>
          {t('export.png')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            runOnMap(async (actions, map) =>
              saved(await actions.exportSvg(map, svgTitle(translator), markerOf(translator))),
            )
          }
        >
          {t('export.svg')}
        </button>
      </div>
    </MenuPopover>
  );
}

/** One export setting as a set of radios: the scope of the CSVs, or their form. */
function RadioChoice<T extends string>({
  legend,
  name,
  options,
  chosen,
  onChoose,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: MessageKey }[];
  chosen: T;
  onChoose: (value: T) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="export-scope">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={chosen === value}
            onChange={() => onChoose(value)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
