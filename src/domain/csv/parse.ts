import Papa from 'papaparse';
import { decodeBytes, type DecodeResult, type TextEncoding } from './decode';

/** The delimiters tried, in order of preference. */
export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** Cells as written (unquoted, not trimmed). */
  cells: string[];
  /** As a spreadsheet shows it: the header is row 1 and a blank line is a row, a quoted line break is not. */
  row: number;
  /** A quote is opened and never closed properly: the cells cannot be trusted. */
  badQuotes: boolean;
}

/** A header and the records under it: what the node and edge readers take, from a CSV file or a workbook sheet. */
export interface RecordTable {
  /** The first non-blank record; empty when the text has none. */
  header: string[];
  headerRow: number;
  /** The records after the header, blank ones (every cell empty or spaces) left out. */
  records: CsvRecord[];
}

export interface CsvText extends RecordTable {
  delimiter: Delimiter;
  /** Line ends mixed CRLF, LF and CR outside quotes: every one was read as LF, inside quoted cells too. */
  mixedLineEnds: boolean;
}

export type CsvTable = CsvText & { ok: true; encoding: TextEncoding };
export type ReadTableResult = CsvTable | Extract<DecodeResult, { ok: false }>;

type LineEnd = '\n' | '\r\n' | '\r';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A CR not followed by LF, or an LF not preceded by CR: a line end other than CRLF. */
const LONE_LINE_END = /\r(?!\n)|(?<!\r)\n/;

/**
 * The line end used between records, found by scanning outside quotes (quoted cells may hold other
 * line ends, as Excel's LF inside CRLF files). 'mixed' when records are split more than one way.
 */
function recordLineEnd(text: string): LineEnd | 'mixed' {
  // The common cases need no scan: a single kind of line end throughout, quotes or not.
  if (!text.includes('\r')) return '\n';
  if (!text.includes('\n')) return '\r';
  if (!LONE_LINE_END.test(text)) return '\r\n';
  let found: LineEnd | undefined;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && (code === CR || code === LF)) {
      let lineEnd: LineEnd = code === LF ? '\n' : '\r';
      if (code === CR && text.charCodeAt(index + 1) === LF) {
        lineEnd = '\r\n';
        index++;
      }
      if (found === undefined) found = lineEnd;
      else if (found !== lineEnd) return 'mixed';
    }
  }
  return found ?? '\n';
}

export const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/** Where the first line holding anything but spaces starts, and how many lines come before it. */
function firstContentLine(text: string): { start: number; linesBefore: number } {
  const contentAt = text.search(/\S/);
  if (contentAt < 0) return { start: text.length, linesBefore: 0 };
  const lineStart = Math.max(text.lastIndexOf('\n', contentAt), text.lastIndexOf('\r', contentAt)) + 1;
  const linesBefore = text.slice(0, lineStart).match(/\r\n|\r|\n/g)?.length ?? 0;
  return { start: lineStart, linesBefore };
}

const parseRecords = (text: string, delimiter: Delimiter, newline: LineEnd, preview = 0) =>
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    preview,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });

/** How much of the text is read first to find the header. */
const HEADER_SAMPLE = 64 * 1024;

/**
 * The first record as `delimiter` splits it. Papaparse splits a text without quotes into all its
 * lines even when asked for one, so a sample is read first; the whole text only when the sample
 * does not hold the first record and the line end after it (`truncated`: more followed).
 */
function firstRecord(body: string, delimiter: Delimiter, newline: LineEnd): string[] {
  if (body.length > HEADER_SAMPLE) {
    const sample = parseRecords(body.slice(0, HEADER_SAMPLE), delimiter, newline, 1);
    if (sample.meta.truncated) return sample.data[0] ?? [];
  }
  return parseRecords(body, delimiter, newline, 1).data[0] ?? [];
}

/**
 * Text → header and records. The delimiter is the first of DELIMITERS whose header `accepts`;
 * failing that, the one that splits the header into the most cells.
 */
export function parseCsvText(text: string, accepts: (header: string[]) => boolean = () => false): CsvText {
  const lineEnd = recordLineEnd(text);
  const mixedLineEnds = lineEnd === 'mixed';
  const newline: LineEnd = mixedLineEnds ? '\n' : lineEnd;
  const normalised = mixedLineEnds ? text.replace(/\r\n?/g, '\n') : text;
  const { start, linesBefore } = firstContentLine(normalised);
  const body = normalised.slice(start);
  const headerRow = linesBefore + 1;
  if (body === '') return { delimiter: ',', header: [], headerRow, records: [], mixedLineEnds };

  const candidates = DELIMITERS.map((delimiter) => ({
    delimiter,
    header: firstRecord(body, delimiter, newline),
  }));
  const chosen =
    candidates.find((candidate) => accepts(candidate.header)) ??
    candidates.reduce((best, candidate) => (candidate.header.length > best.header.length ? candidate : best));

  const parsed = parseRecords(body, chosen.delimiter, newline);
  const badQuoteIndexes = new Set(
    parsed.errors.filter((error) => error.type === 'Quotes').map((error) => error.row),
  );
  const records: CsvRecord[] = [];
  parsed.data.forEach((cells, index) => {
    if (index === 0 || isBlank(cells)) return;
    records.push({ cells, row: headerRow + index, badQuotes: badQuoteIndexes.has(index) });
  });
  return { delimiter: chosen.delimiter, header: parsed.data[0] ?? [], headerRow, records, mixedLineEnds };
}

/** Bytes → decoded header and records, or why the bytes could not be read as text. */
export function readTable(bytes: Uint8Array, accepts?: (header: string[]) => boolean): ReadTableResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, encoding: decoded.encoding, ...parseCsvText(decoded.text, accepts) };
}
