import { useModalDialog } from '../../ui/useModalDialog';
import { focusMapArea } from '../../ui/focusMapArea';
import type { Problem, Severity } from '../../domain/csv/report';
import { problemMessages } from '../../i18n/problems';
import { interpolate } from '../../i18n';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useT, type Translator } from '../../store/i18n';
import { ColumnMappingSection } from './ColumnMappingSection';
import { ImportDiff } from './ImportDiff';
import './import.css';

const SEVERITIES: Severity[] = ['fatal', 'error', 'warning', 'info'];
const DELIMITER_KEYS = { ',': 'delimiter.comma', '\t': 'delimiter.tab', ';': 'delimiter.semicolon' } as const;

const describeProblem = ({ t, lang }: Translator, problem: Problem): string => {
  const params = {
    file: problem.file,
    row: problem.row ?? '',
    column: problem.column ?? '',
    value: problem.value ?? '',
    ...problem.params,
  };
  const message = interpolate(problemMessages[lang][problem.code] ?? problem.code, params);
  const where =
    problem.row !== undefined && problem.column !== undefined
      ? t('import.where', params)
      : t('import.whereFile', params);
  const value = problem.value !== undefined && problem.value !== '' ? ` · ${t('import.value', params)}` : '';
  return `${where}: ${message}${value}`;
};

/**
 * The report of a staged import, with what Apply would change against the current map. The map
 * changes only on Apply; a fatal problem disables it. Files whose headers name no role get the
 * column-mapping step.
 */
export function ImportReport() {
  const translator = useT();
  const { t } = translator;
  const { pending, graph } = useAppStore(
    useShallow((state) => ({ pending: state.pending, graph: state.graph })),
  );
  const dialog = useModalDialog(pending !== null);

  if (!pending) return null;
  const { report } = pending.result;
  const { applyPending, cancelPending } = useAppStore.getState();

  return (
    <dialog
      ref={dialog}
      className="import-report"
      aria-labelledby="import-report-title"
      onCancel={(event) => {
        event.preventDefault();
        cancelPending();
      }}
    >
      <h2 id="import-report-title">{t('import.reportTitle')}</h2>
      <ul className="import-files">
        {report.files.map((file) => (
          <li key={file.file}>
            {file.sheet !== undefined
              ? t('import.sheetLine', {
                  file: file.file,
                  role: t(`import.role.${file.role}`),
                  rows: file.rows,
                })
              : t('import.fileLine', {
                  file: file.file,
                  role: t(`import.role.${file.role}`),
                  rows: file.rows,
                  encoding: file.encoding,
                  delimiter:
                    file.delimiter in DELIMITER_KEYS
                      ? t(DELIMITER_KEYS[file.delimiter as keyof typeof DELIMITER_KEYS])
                      : file.delimiter,
                })}
          </li>
        ))}
      </ul>
      {report.fatal ? (
        <div role="alert" className="import-fatal">
          <p>{t('import.fatalIntro')}</p>
          <ul>
            {report.problems
              .filter((problem) => problem.severity === 'fatal')
              .map((problem, index) => (
                <li key={index}>{describeProblem(translator, problem)}</li>
              ))}
          </ul>
        </div>
      ) : (
        <p>{t('import.summary', { nodes: report.nodeCount, edges: report.edgeCount })}</p>
      )}
      <ColumnMappingSection report={report} mappings={pending.mappings} />
      {!report.fatal && <ImportDiff before={graph} after={pending.result.graph} />}
      {report.problems.length === 0 && <p>{t('import.noProblems')}</p>}
      {SEVERITIES.filter((severity) => severity !== 'fatal').map((severity) => {
        const problems = report.problems.filter((problem) => problem.severity === severity);
        if (problems.length === 0) return null;
        return (
          <section key={severity} className={`problems problems-${severity}`}>
            <h3>
              {t(`import.severity.${severity}`)} ({problems.length})
            </h3>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{describeProblem(translator, problem)}</li>
              ))}
            </ul>
          </section>
        );
      })}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={cancelPending}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={report.fatal}
          onClick={() => {
            // In a task of its own: a click can be handled in the task that draws a frame, and the
            // new map's work and the map's first drawing then made one long task.
            setTimeout(() => {
              applyPending();
              // The dialog goes with the button that had focus: the new map takes it, not the page body.
              focusMapArea();
            }, 0);
          }}
        >
          {t('import.apply')}
        </button>
      </div>
    </dialog>
  );
}
