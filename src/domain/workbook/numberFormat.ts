/**
 * A workbook cell as the user sees it in the spreadsheet: its value through its number format
 * (`0.00`, `#,##0`, `0%`, `000000`, `yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, …). Formats this does not
 * know (fractions, [DBNum] numerals) fall back to Excel's General. Dates arrive as the reader gives
 * them: a Date whose UTC fields are the spreadsheet's wall-clock time.
 */

export type CellValue = string | number | boolean | Date | undefined;

/** Excel's built-in short-date formats follow the computer's locale; an unambiguous date is written instead. */
const LOCALE_FORMATS: Record<string, string> = {
  'mm-dd-yy': 'yyyy-mm-dd',
  'm/d/yy': 'yyyy-mm-dd',
  'm/d/yy h:mm': 'yyyy-mm-dd h:mm',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
const LATER_MONTHS = ['October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_DAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** General: integers in full (an id stays readable), others to Excel's 15 significant digits. */
export const generalNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));

type Token = { literal: string } | { code: string };

/** Splits one format section into literal text and format codes; colours, locales and padding go. */
function tokenise(section: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /"([^"]*)"|\\(.)|_.|\*.|\[[^\]]*\]|(am\/pm|a\/p|.)/gisu;
  for (const [, quoted, escaped, plain] of section.matchAll(pattern)) {
    if (quoted !== undefined) tokens.push({ literal: quoted });
    else if (escaped !== undefined) tokens.push({ literal: escaped });
    else if (plain !== undefined) tokens.push({ code: plain });
  }
  return tokens;
}

/** Format sections are separated by `;` outside quotes: positive; negative; zero; text. */
const sectionsOf = (format: string): string[] => format.match(/(?:"[^"]*"|\\.|[^;])+/gu) ?? [''];

const codeText = (tokens: readonly Token[]): string =>
  tokens.map((token) => ('code' in token ? token.code : '')).join('');

const isDateFormat = (tokens: readonly Token[]): boolean => /[ymdhsa]/i.test(codeText(tokens));

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Runs of the same letter (`yyyy`, `mm`, …) among the codes, the literals between them kept. */
function dateRuns(tokens: readonly Token[]): (Token & { run?: string })[] {
  const runs: (Token & { run?: string })[] = [];
  for (const token of tokens) {
    const last = runs.at(-1);
    if ('code' in token && token.code.length > 1) runs.push({ code: token.code, run: 'ampm' });
    else if ('code' in token && /[ymdhsa]/i.test(token.code)) {
      const letter = token.code.toLowerCase();
      if (last?.run !== undefined && last.run.startsWith(letter)) last.run += letter;
      else runs.push({ code: token.code, run: letter });
    } else runs.push(token);
  }
  return runs;
}

function formatDate(date: Date, tokens: readonly Token[]): string {
  const runs = dateRuns(tokens);
  const twelveHour = runs.some((token) => token.run === 'ampm');
  const hours = date.getUTCHours();
  const month = date.getUTCMonth();
  const isMinutes = (index: number): boolean => {
    const before = runs.slice(0, index).findLast((token) => token.run !== undefined);
    const after = runs.slice(index + 1).find((token) => token.run !== undefined);
    return before?.run?.startsWith('h') === true || after?.run?.startsWith('s') === true;
  };
  return runs
    .map((token, index) => {
      if (token.run === undefined) return 'literal' in token ? token.literal : token.code;
      const { run } = token;
      const width = run.length;
      switch (run[0]) {
        case 'y':
          return width <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
        case 'm':
          if (width <= 2 && isMinutes(index)) return pad(date.getUTCMinutes(), width);
          if (width >= 4) return [...MONTH_NAMES, ...LATER_MONTHS][month] ?? '';
          return width === 3 ? (MONTHS[month] ?? '') : pad(month + 1, width);
        case 'd':
          if (width >= 4) return DAYS[date.getUTCDay()] ?? '';
          return width === 3 ? (DAYS[date.getUTCDay()] ?? '').slice(0, 3) : pad(date.getUTCDate(), width);
        case 'a':
          if (run === 'ampm') return hours < 12 ? 'AM' : 'PM';
          // `aaaa` is the Chinese weekday (星期一), `aaa` its last character.
          return `${width >= 4 ? '星期' : ''}${ZH_DAYS[date.getUTCDay()] ?? ''}`;
        case 'h':
          return pad(twelveHour ? hours % 12 || 12 : hours, width);
        case 's':
          return pad(date.getUTCSeconds(), width);
        default:
          return '';
      }
    })
    .join('');
}

/** `#,##0.00`-style codes: decimals, zero-padding, thousands, percent; text around them kept. */
function formatNumber(value: number, tokens: readonly Token[]): string | undefined {
  const codes = codeText(tokens);
  if (/[/eE?]/.test(codes)) return undefined;
  const digits = /[0#][0#,.]*/.exec(codes);
  if (!digits) return undefined;
  const [pattern] = digits;
  const [integerPart = '', decimalPart = ''] = pattern.split('.');
  const decimals = (decimalPart.match(/[0#]/g) ?? []).length;
  const percent = (codes.match(/%/g) ?? []).length;
  const scaled = Math.abs(value) * 100 ** percent;
  let [whole = '0', fraction = ''] = scaled.toFixed(decimals).split('.');
  whole = whole.padStart((integerPart.match(/0/g) ?? []).length, '0');
  if (/[0#],[0#]/.test(integerPart)) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  if (whole.replace(/0/g, '') === '' && !integerPart.includes('0')) whole = '';
  // `0` decimals always show, `#` ones only when not zero.
  const mandatory = (decimalPart.match(/0/g) ?? []).length;
  while (fraction.length > mandatory && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const number = fraction === '' ? whole : `${whole}.${fraction}`;
  // Text around the digits is kept in place; the number takes the place of its pattern.
  let placed = false;
  return tokens
    .map((token) => {
      if ('literal' in token) return token.literal;
      if (/[0#,.]/.test(token.code)) {
        if (placed) return '';
        placed = true;
        return number;
      }
      return token.code === '@' ? '' : token.code;
    })
    .join('');
}

/** The cell's value as the spreadsheet shows it with `format` (its number format code). */
export function formatCell(value: CellValue, format = 'General'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const code = LOCALE_FORMATS[format.toLowerCase()] ?? format;
  const general = /^general$/i.test(code.trim());
  const sections = sectionsOf(code);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const tokens = tokenise(sections[0] ?? '');
    return !general && isDateFormat(tokens) ? formatDate(value, tokens) : value.toISOString().slice(0, 10);
  }
  if (!Number.isFinite(value) || general) return generalNumber(value);
  const section =
    (value < 0 ? sections[1] : value === 0 ? sections[2] : undefined) ?? (sections[0] as string);
  const tokens = tokenise(section);
  if (isDateFormat(tokens) || codeText(tokens).includes('@')) return generalNumber(value);
  // A section without digits (`"—"` for zero) shows only its text.
  if (!/[0#]/.test(codeText(tokens)))
    return tokens.map((token) => ('literal' in token ? token.literal : token.code)).join('');
  const shown = formatNumber(value, tokens);
  if (shown === undefined) return generalNumber(value);
  // A negative number in a one-section format carries its minus; a negative section writes its own.
  return value < 0 && sections[1] === undefined ? `-${shown}` : shown;
}
