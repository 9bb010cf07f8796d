/** The languages of the interface, every string in both (src/i18n); links and stories carry one. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);
