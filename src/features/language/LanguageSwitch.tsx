import { useTranslation } from '@/i18n/useTranslation';

import { languageName, LANGUAGES } from '@/i18n/languages';
import { saveLanguagePreference } from '@/persistence/preferences';

import { useLanguageOfOtherTabs } from './useLanguageOfOtherTabs';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  useLanguageOfOtherTabs();
  const change = (language: string) => {
    saveLanguagePreference(language);
    void i18n.changeLanguage(language);
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common:language.label')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => change(e.target.value)}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {languageName(lng)}
          </option>
        ))}
      </select>
    </label>
  );
}
