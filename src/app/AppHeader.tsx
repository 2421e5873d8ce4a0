import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/features/language/LanguageSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <p className="app-header__brand">
        <span className="app-header__name">{t('common:app.name')}</span>
        <span className="app-header__tagline">{t('common:app.tagline')}</span>
      </p>
      <LanguageSwitch />
    </header>
  );
}
