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

const SHOW_CHANGES_KEY = 'chain-explorer.showChanges';

/** Whether the map showed the last update's changes when the page was left. */
export const rememberedShowChanges = (): boolean => {
  try {
    return localStorage.getItem(SHOW_CHANGES_KEY) === '1';
  } catch {
    return false;
  }
};

export const rememberShowChanges = (on: boolean): void => {
  try {
    if (on) localStorage.setItem(SHOW_CHANGES_KEY, '1');
    else localStorage.removeItem(SHOW_CHANGES_KEY);
  } catch {
    // Not remembered; the changes still show on this page.
  }
};
