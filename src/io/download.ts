/** Saves data the app made (exports) as a file through the browser's download, without a server. */

/** Long enough for the browser to start reading the blob; revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

export const downloadBlob = (blob: Blob, filename: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
};

export const downloadText = (text: string, filename: string, mime: string): void =>
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), filename);

/** Where the current map came from, as the store's `origin` says it. */
export type DatasetSource =
  { kind: 'bundled' } | { kind: 'upload'; files: readonly string[] } | { kind: 'example' };

const BUNDLED_STEM = 'xuejia';
/** Every file made from the worked example says in its name that the data is invented. */
export const FICTIONAL_EXAMPLE_STEM = 'fictional-example';
/** Characters file systems refuse (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** The uploaded nodes file's base name (the file that says "node", else the first), `xuejia` for the bundled map, `fictional-example` for the example. */
const datasetStem = (source: DatasetSource): string => {
  if (source.kind === 'bundled') return BUNDLED_STEM;
  if (source.kind === 'example') return FICTIONAL_EXAMPLE_STEM;
  const nodesFile = source.files.find((file) => /node/i.test(file)) ?? source.files[0] ?? '';
  return baseName(nodesFile) || BUNDLED_STEM;
};

/** `电池节点.csv` → `电池节点`; a sheet's `book.xlsx › 节点` → `book`; unsafe characters made `-`. */
const baseName = (file: string): string =>
  (file.split(' › ')[0] ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .trim();

const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** `xuejia-nodes-2026-11-26.csv`: the dataset, what was exported, and the local date. */
export const exportFileName = (
  source: DatasetSource,
  what: string,
  extension: string,
  date = new Date(),
): string => `${datasetStem(source)}-${what}-${localDate(date)}.${extension}`;

/**
 * `电池节点-2026-12-06.csv`: an export of one uploaded file named after that file, `what` (say
 * `visible`) between them when given; the dataset's name when the file's name has nothing left.
 */
export const fileExportName = (
  source: DatasetSource,
  file: string,
  what: string,
  extension: string,
  date = new Date(),
): string => {
  const stem = baseName(file);
  if (stem === '') return exportFileName(source, what || 'export', extension, date);
  return `${stem}${what === '' ? '' : `-${what}`}-${localDate(date)}.${extension}`;
};
