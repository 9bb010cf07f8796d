/** Text in SVG: XML escaping, estimated label widths (no DOM to measure in the domain) and short numbers. */

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): dropped, or the file would not parse. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_NOT_XML = /[\0-\x08\v\f\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;
const MARKUP = /[&<>"']/g;

/** Safe as element text and inside a double- or single-quoted attribute. */
export const escapeXml = (text: string): string =>
  // The cheap test first: hardly any text holds such characters, and the exact pattern is slow on 250k strings.
  (MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text).replace(
    MARKUP,
    (char) => XML_ENTITIES[char] ?? char,
  );

/**
 * Wide (CJK, full-width) characters take about an em, narrow ones (spaces, brackets, stops) about
 * 0.3 em, others about 0.6 em, as measured in the stack's CJK fonts: enough to fit the viewBox and
 * cut long labels where the map cuts them, keeping a group's "(count)" when the map does.
 */
const isWide = (code: number): boolean =>
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  code >= 0x20000;
/** The CJK fonts draw the middle dot of "chain · segment" and the ellipsis an em wide. */
const WIDE_PUNCTUATION = new Set(['·', '…']);
const NARROW = new Set([...' ()[]{}.,:;!|\'"iljI']);
const charWidth = (char: string, fontSize: number): number =>
  fontSize *
  (isWide(char.codePointAt(0) ?? 0) || WIDE_PUNCTUATION.has(char) ? 1 : NARROW.has(char) ? 0.3 : 0.6);
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((sum, char) => sum + charWidth(char, fontSize), 0);

/** Cut to the map's maximum label width with an ellipsis, as the map does. */
export const fitLabel = (text: string, fontSize: number, maxWidth: number): string => {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - charWidth('…', fontSize);
  let width = 0;
  let cut = '';
  for (const char of text) {
    width += charWidth(char, fontSize);
    if (width > room) break;
    cut += char;
  }
  return `${cut}…`;
};

/**
 * Tenths of a pixel, locale-free, never "-0". Written from integers: a big map has millions of
 * numbers, and integer-to-string is several times faster than formatting a double.
 */
export const num = (value: number): string => {
  const tenths = Math.round(value * 10);
  const magnitude = Math.abs(tenths);
  const sign = tenths < 0 ? '-' : '';
  const fraction = magnitude % 10;
  return fraction === 0 ? `${sign}${magnitude / 10}` : `${sign}${(magnitude - fraction) / 10}.${fraction}`;
};
