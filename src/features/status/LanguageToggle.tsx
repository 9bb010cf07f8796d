import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { rememberLang } from '../../io/preferences';

/**
 * Shows the other language by its own name (in its own language); the name read out starts with
 * that same text, then says what the button does (WCAG 2.5.3: a spoken command matches what is seen).
 */
export function LanguageToggle() {
  const { t, lang } = useT();
  const next = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        rememberLang(next);
        useAppStore.getState().setLang(next);
      }}
    >
      <span lang={next === 'zh' ? 'zh-CN' : 'en'}>{t('lang.toggle')}</span>
      <span className="visually-hidden"> {t('lang.toggleLabel')}</span>
    </button>
  );
}
