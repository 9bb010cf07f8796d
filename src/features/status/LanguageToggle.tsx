import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { rememberLang } from '../../io/preferences';

export function LanguageToggle() {
  const { t, lang } = useT();
  const next = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="button"
      lang={next === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('lang.toggleLabel')}
      onClick={() => {
        rememberLang(next);
        useAppStore.getState().setLang(next);
      }}
    >
      {t('lang.toggle')}
    </button>
  );
}
