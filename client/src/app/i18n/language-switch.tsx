import { useTranslation } from 'react-i18next';
import { changeUiLanguage, currentUiLanguage, UI_LANGUAGES } from './i18n.setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentUiLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t('header.languages')}>
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__button"
          data-testid={`lang-${lng}`}
          aria-pressed={lng === active}
          title={t(`languageName.${lng}`)}
          onClick={() => void changeUiLanguage(lng)}
        >
          {t(`languageShort.${lng}`)}
        </button>
      ))}
    </div>
  );
}
