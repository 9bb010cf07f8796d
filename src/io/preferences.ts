import type { Lang } from '../i18n';

const LANG_KEY = 'chain-explorer.lang';

/** localStorage can throw (private mode, disabled storage): a preference is never worth a crash. */
export const rememberedLang = (): string | null => {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
};

export const rememberLang = (lang: Lang): void => {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered; the choice still holds for this page.
  }
};
