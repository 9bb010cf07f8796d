/**
 * What kind of container a file is, from its first bytes: an `.xlsx` is a zip; a legacy `.xls` and
 * a password-protected `.xlsx` are both OLE compound files, told apart by the `EncryptedPackage`
 * stream an encrypted workbook holds (its name is stored in UTF-16LE in the directory).
 */

export type Container = 'zip' | 'encrypted' | 'xls';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An archive with no entries starts with the end-of-directory record. */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const utf16le = (text: string): number[] => [...text].flatMap((char) => [char.charCodeAt(0), 0]);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const [first] = needle;
  for (let at = bytes.indexOf(first as number); at >= 0; at = bytes.indexOf(first as number, at + 1)) {
    if (needle.every((byte, offset) => bytes[at + offset] === byte)) return true;
  }
  return false;
}

const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');
const WORKBOOK_PART = ascii('xl/workbook.xml');

export function containerOf(bytes: Uint8Array): Container | undefined {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, COMPOUND_FILE_MAGIC)) return contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return undefined;
}

/** Every zip entry's name is stored uncompressed, so a workbook's main part can be looked for directly. */
export const zipHoldsWorkbook = (bytes: Uint8Array): boolean => contains(bytes, WORKBOOK_PART);
