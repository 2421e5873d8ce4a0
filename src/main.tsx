import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/App';
import { initialLanguage } from '@/app/language';
import { PersistenceFooter } from '@/features/persistence/PersistenceFooter';
import { PersistenceNotices } from '@/features/recovery/PersistenceNotices';
import { RecoveryBoundary } from '@/features/recovery/RecoveryBoundary';
import { SharePreview } from '@/features/share/SharePreview';
import { i18next, initI18n } from '@/i18n/config';
import { startPersistence } from '@/persistence/startPersistence';

import '@/app/theme.css';
import '@/components/Button.css';

async function start() {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await initI18n(initialLanguage());
  document.documentElement.lang = i18next.language;
  // Synchronous and before the first render: the app never shows, nor saves, an unloaded library.
  startPersistence();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <RecoveryBoundary>
        <PersistenceNotices />
        <App />
        <SharePreview />
        <PersistenceFooter />
      </RecoveryBoundary>
    </StrictMode>,
  );
}

void start();
