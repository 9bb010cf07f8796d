import { translate, translateValue, type Lang, type MessageKey, type Params } from '../i18n';
import { useAppStore } from './index';

export interface Translator {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  value: (prefix: Parameters<typeof translateValue>[1], value: string) => string;
}

// One translator per language, so components get a stable object and memoised children don't re-render.
const translators = new Map<Lang, Translator>();
const translatorFor = (lang: Lang): Translator => {
  let translator = translators.get(lang);
  if (!translator) {
    translator = {
      lang,
      t: (key, params) => translate(lang, key, params),
      value: (prefix, value) => translateValue(lang, prefix, value),
    };
    translators.set(lang, translator);
  }
  return translator;
};

/** The UI language's translator; re-renders the caller only when the language changes. */
export const useT = (): Translator => translatorFor(useAppStore((state) => state.lang));
