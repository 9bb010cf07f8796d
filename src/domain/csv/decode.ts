/**
 * Bytes → text. A byte-order mark decides; without one the whole buffer is tried as strict UTF-8,
 * then as GB18030 (a superset of the GBK that Excel on Chinese Windows writes), and last as
 * Windows-1252, which decodes anything, so a Latin-1 file still opens (with a warning). Latin-1
 * text often happens to be valid GB18030 too; looksLikeLatin1 tells the two apart.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: 'unreadable' | 'binary'; encoding: TextEncoding };

/** Strict decoders, made once: `decode` on a whole buffer keeps no state between calls. */
const strictDecoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
};
const windows1252 = new TextDecoder('windows-1252');

const BYTE_ORDER_MARKS: readonly {
  bytes: readonly number[];
  encoding: TextEncoding;
  decoder: TextDecoder;
}[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', decoder: strictDecoders['utf-8'] },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', decoder: strictDecoders['utf-16le'] },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', decoder: strictDecoders['utf-16be'] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const tryDecode = (decoder: TextDecoder, bytes: Uint8Array): string | undefined => {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
};

/** A NUL character never belongs in a CSV: it means a binary file or UTF-16 saved without its BOM. */
const checked = (text: string, encoding: TextEncoding): DecodeResult =>
  text.includes('\u0000') ? { ok: false, reason: 'binary', encoding } : { ok: true, text, encoding };

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * In Chinese text a GBK lead byte is nearly always followed by another high byte (GB2312's trail
 * bytes are 0xA1–0xFE); in Latin-1 text an accented letter is a lone high byte between ASCII
 * letters ("Hist\xF3rico"). More lone high bytes than high pairs: Latin-1.
 */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lone = 0;
  for (let index = 0; index < bytes.length; index++) {
    if ((bytes[index] as number) < 0x80) continue;
    const next = bytes[index + 1];
    if (next !== undefined && next >= 0x80) {
      pairs++;
      index++;
    } else if (isDigit(next) && (bytes[index + 2] ?? 0) >= 0x81 && isDigit(bytes[index + 3])) {
      // A four-byte GB18030 sequence: high, digit, high, digit.
      pairs++;
      index += 3;
    } else lone++;
  }
  return lone > pairs;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const marked = BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  if (marked) {
    // The decoders drop the BOM themselves (ignoreBOM is false).
    const text = tryDecode(marked.decoder, bytes);
    return text === undefined
      ? { ok: false, reason: 'unreadable', encoding: marked.encoding }
      : checked(text, marked.encoding);
  }
  const utf8 = tryDecode(strictDecoders['utf-8'], bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const gb18030 = looksLikeLatin1(bytes) ? undefined : tryDecode(strictDecoders.gb18030, bytes);
  if (gb18030 !== undefined) return checked(gb18030, 'gb18030');
  return checked(windows1252.decode(bytes), 'windows-1252');
}
