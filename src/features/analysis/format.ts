import type { Lang } from '../../i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

export const formatWith = (lang: Lang, value: number, options: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(locale(lang), options).format(value);

/** 0.254 → "25%". */
export const formatShare = (lang: Lang, share: number): string =>
  formatWith(lang, share, { style: 'percent', maximumFractionDigits: 0 });

/** Up to `digits` decimals: 1.5, 2. */
export const formatNumber = (lang: Lang, value: number, digits = 0): string =>
  formatWith(lang, value, { maximumFractionDigits: digits });

/** Exactly `digits` decimals, so a column of figures lines up: 0.0546, 2.51. */
export const formatFixed = (lang: Lang, value: number, digits: number): string =>
  formatWith(lang, value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
