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
