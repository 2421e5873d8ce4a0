import { useTranslation } from 'react-i18next';

import { CanvasBoard } from '@/features/canvas/CanvasBoard';

import { AppHeader } from './AppHeader';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main">
        <h1 className="visually-hidden">{t('common:app.name')}</h1>
        <CanvasBoard />
      </main>
    </>
  );
}
