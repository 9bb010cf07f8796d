import { useId, useState } from 'react';
import type { ColumnMapping } from '../../domain/csv/import';
import {
  assignedRole,
  EDGE_FIELDS,
  guessRoles,
  NODE_FIELDS,
  type ColumnRole,
} from '../../domain/csv/headers';
import type { FileRole, FileSummary, ImportReport } from '../../domain/csv/report';
import { useT } from '../../store/i18n';
import { importWithMappings } from './importActions';

/** A file whose headers name no role, with the header and first rows the report kept of it. */
type UnrecognisedFile = FileSummary & { preview: NonNullable<FileSummary['preview']> };

const isUnrecognised = (file: FileSummary): file is UnrecognisedFile => file.preview !== undefined;

interface Choice {
  holds: FileRole;
  roles: ColumnRole[];
}

const ROLE_CHOICES: Record<FileRole, readonly ColumnRole[]> = {
  nodes: [...NODE_FIELDS, 'keep'],
  edges: [...EDGE_FIELDS, 'keep'],
};

/** The mapping used last, else the roles the headers half-spell (an edge list when source or target is among them). */
function firstChoice({ file, preview }: UnrecognisedFile, mappings: readonly ColumnMapping[]): Choice {
  const used = mappings.find((mapping) => mapping.file === file)?.roles;
  if (used) return { holds: assignedRole(used) ?? 'nodes', roles: used };
  const holds = guessRoles(preview.header, 'edges').some((role) => role === 'source' || role === 'target')
    ? 'edges'
    : 'nodes';
  return { holds, roles: guessRoles(preview.header, holds) };
}

/** Whether the roles give the file what its kind requires, by the import's own rule. */
const isComplete = ({ holds, roles }: Choice): boolean => assignedRole(roles) === holds;

function FileColumns({
  file,
  choice,
  onChange,
}: {
  file: UnrecognisedFile;
  choice: Choice;
  onChange: (choice: Choice) => void;
}) {
  const { t } = useT();
  const titleId = useId();
  const { header, rows } = file.preview;
  return (
    <section className="column-mapping" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('mapping.title', { file: file.file })}</h3>
      <fieldset className="mapping-holds">
        <legend>{t('mapping.holds')}</legend>
        {(['nodes', 'edges'] as const).map((holds) => (
          <label key={holds}>
            <input
              type="radio"
              name={`${titleId}-holds`}
              checked={choice.holds === holds}
              onChange={() => onChange({ holds, roles: guessRoles(header, holds) })}
            />
            {t(holds === 'nodes' ? 'mapping.holdsNodes' : 'mapping.holdsEdges')}
          </label>
        ))}
      </fieldset>
      <div className="mapping-table">
        <table>
          <caption>{t('mapping.preview', { file: file.file })}</caption>
          <thead>
            <tr>
              {header.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
            <tr>
              {header.map((column, index) => (
                <td key={index}>
                  <select
                    aria-label={t('mapping.columnRole', { column })}
                    value={choice.roles[index]}
                    onChange={(event) => {
                      const roles = [...choice.roles];
                      roles[index] = event.target.value as ColumnRole;
                      onChange({ ...choice, roles });
                    }}
                  >
                    {ROLE_CHOICES[choice.holds].map((role) => (
                      <option key={role} value={role}>
                        {t(`mapping.role.${role}`)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {header.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!isComplete(choice) && (
        <p className="mapping-need">
          {t(choice.holds === 'nodes' ? 'mapping.needNodes' : 'mapping.needEdges')}
        </p>
      )}
    </section>
  );
}

/**
 * The column-mapping step: for each file whose headers name no role, what the file holds and the
 * role of each column, over a preview of its first rows. Submitting reads the files again.
 */
function ColumnMappingStep({
  files,
  mappings,
  onSubmit,
}: {
  files: UnrecognisedFile[];
  mappings: readonly ColumnMapping[];
  onSubmit: () => void;
}) {
  const { t } = useT();
  const [choices, setChoices] = useState(() => files.map((file) => firstChoice(file, mappings)));
  return (
    <form
      className="column-mapping-step"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
        void importWithMappings(
          files.map((file, index) => ({ file: file.file, roles: choices[index]?.roles ?? [] })),
        );
      }}
    >
      <p>{t('mapping.intro')}</p>
      {files.map((file, index) => (
        <FileColumns
          key={file.file}
          file={file}
          choice={choices[index] ?? firstChoice(file, mappings)}
          onChange={(choice) =>
            setChoices((current) => current.map((old, at) => (at === index ? choice : old)))
          }
        />
      ))}
      <div className="dialog-actions">
        <button type="submit" className="button primary" disabled={!choices.every(isComplete)}>
          {t('mapping.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The mapping step while the files cannot be read without it; once they are, a line saying so and
 * a button to change the mapping.
 */
export function ColumnMappingSection({
  report,
  mappings,
}: {
  report: ImportReport;
  mappings: readonly ColumnMapping[];
}) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const files = report.files.filter(isUnrecognised);
  if (files.length === 0) return null;
  if (report.fatal || editing)
    return <ColumnMappingStep files={files} mappings={mappings} onSubmit={() => setEditing(false)} />;
  return (
    <div className="mapping-used">
      <p>{t('mapping.used', { files: files.map((file) => file.file).join(', ') })}</p>
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        {t('mapping.edit')}
      </button>
    </div>
  );
}
