import { useEffect, useRef } from 'react';
import { afterFirstPicture } from '../../io/afterFirstPicture';
import { prepareImportWorker } from '../../io/runImport';
import { useT } from '../../store/i18n';
import { importFileList } from './importActions';

export function ImportButton() {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  // The worker a big file is read in starts before it is needed, so its start-up is not waited for,
  // but after the first map is on screen, which needs the cores more.
  useEffect(() => afterFirstPicture(() => prepareImportWorker()), []);
  return (
    <>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('import.input')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          void importFileList(files);
        }}
      />
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
    </>
  );
}
