import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/App';
import { initialLanguage } from '@/app/language';
import { i18next, initI18n } from '@/i18n/config';

import '@/app/theme.css';
import '@/components/Button.css';

async function start() {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await initI18n(initialLanguage());
  document.documentElement.lang = i18next.language;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
