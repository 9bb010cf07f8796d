import { useRef, useState } from 'react';
import { useT } from '../../store/i18n';
import type { MessageKey } from '../../i18n';
import { useModalDialog } from '../../ui/useModalDialog';
import { trapTab } from '../../ui/trapTab';

/** Column names as a file writes them (not translated), with what each holds. */
const NODE_COLUMNS: readonly (readonly [columns: string, meaning: MessageKey, required?: boolean])[] = [
  ['id · 编号', 'format.node.id', true],
  ['name · 名称', 'format.node.name'],
  ['type · 类型', 'format.node.type'],
  ['sector · 产业链', 'format.node.sector'],
  ['segment · 环节', 'format.node.segment'],
  ['award_level · 荣誉等级', 'format.node.awardLevel'],
  ['awards · 荣誉', 'format.node.awards'],
  ['locality · 本地', 'format.node.locality'],
  ['key · 关键环节', 'format.node.key'],
  ['description · 简介, evidence · 依据', 'format.node.text'],
  ['url · 网址', 'format.node.url'],
  ['x, y', 'format.node.xy'],
];
const EDGE_COLUMNS: readonly (readonly [columns: string, meaning: MessageKey, required?: boolean])[] = [
  ['source · 起点, target · 终点', 'format.edge.ends', true],
  ['relation · 关系', 'format.edge.relation'],
  ['weight · 权重', 'format.edge.weight'],
  ['label · 说明, evidence · 依据', 'format.edge.text'],
];
const SECTIONS: readonly (readonly [title: MessageKey, text: MessageKey])[] = [
  ['format.chainsTitle', 'format.chains'],
  ['format.checksTitle', 'format.checks'],
  ['format.singleTitle', 'format.single'],
  ['format.editorialTitle', 'format.editorial'],
];

function ColumnTable({
  caption,
  rows,
}: {
  caption: MessageKey;
  rows: readonly (readonly [string, MessageKey, boolean?])[];
}) {
  const { t } = useT();
  return (
    <table className="format-table">
      <caption>{t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('format.column')}</th>
          <th scope="col">{t('format.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([columns, meaning, required]) => (
          <tr key={columns}>
            <th scope="row">
              <code>{columns}</code>
              {required && <span className="format-required"> ({t('format.required')})</span>}
            </th>
            <td>{t(meaning)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Data format dialog: the upload contract in the user's words; Esc or Close returns focus to its button. */
function DataFormatDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const dialog = useModalDialog(true);
  return (
    <dialog
      ref={dialog}
      className="format-help"
      aria-labelledby="format-help-title"
      onKeyDown={(event) => {
        // The page's key commands (Esc clears the selection, P presents…) are not for a modal.
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else trapTab(event);
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="format-help-head">
        <h2 id="format-help-title">{t('format.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('format.close')}
        </button>
      </div>
      <p>{t('format.intro')}</p>
      <h3>{t('format.filesTitle')}</h3>
      <p>{t('format.files1')}</p>
      <p>{t('format.files2')}</p>
      <ColumnTable caption="format.nodesTitle" rows={NODE_COLUMNS} />
      <ColumnTable caption="format.edgesTitle" rows={EDGE_COLUMNS} />
      {SECTIONS.map(([title, text]) => (
        <section key={title} aria-labelledby={`format-${title}`}>
          <h3 id={`format-${title}`}>{t(title)}</h3>
          <p>{t(text)}</p>
        </section>
      ))}
      <p className="format-start">{t('format.start')}</p>
    </dialog>
  );
}

/** The Data format button and its dialog. */
export function DataFormatHelp() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog is gone with the render; focus goes back where the user was.
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button footer-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('format.button')}
      </button>
      {open && <DataFormatDialog onClose={close} />}
    </>
  );
}
