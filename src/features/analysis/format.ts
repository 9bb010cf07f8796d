import type { Lang } from '../../i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** 0.254 → "25%" (or "25.4%" with one digit). */
export const formatShare = (lang: Lang, share: number, digits = 0): string =>
  new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(share);

/** Up to `digits` decimals: 1.5, 2. */
export const formatNumber = (lang: Lang, value: number, digits = 0): string =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);

/** Exactly `digits` decimals, so a column of measures lines up: 0.010, 0.031. */
export const formatFixed = (lang: Lang, value: number, digits: number): string =>
  new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
