import { en, type MessageKey } from './en';
import { zh } from './zh';

import { isLang, type Lang } from '../domain/view-state/lang';

export { isLang, type Lang };
export type { MessageKey };
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/**
 * Replaces `{name}` placeholders, and `{name|one|other}` by the word that goes with the number
 * `name` (English: "1 node", "2 nodes"; Chinese text never needs one). An unknown placeholder stays
 * visible rather than vanishing.
 */
export const interpolate = (template: string, params: Params = {}): string =>
  template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      return Number(value) === 1 ? one : other;
    },
  );

export const translate = (lang: Lang, key: MessageKey, params?: Params): string =>
  interpolate(dictionaries[lang][key], params);

/** A message key built from data (a type, a relation…), with the raw value as fallback for custom ones. */
export const translateValue = (
  lang: Lang,
  prefix: 'type' | 'level' | 'stage' | 'locality' | 'relation',
  value: string,
): string => {
  const key = `${prefix}.${value}`;
  return Object.hasOwn(dictionaries[lang], key) ? dictionaries[lang][key as MessageKey] : value;
};

/** `?lang=` wins, then the remembered choice, then the browser's language. */
export const detectLang = (search: string, remembered: string | null, browserLanguage: string): Lang => {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLang(fromQuery)) return fromQuery;
  if (isLang(remembered)) return remembered;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};
