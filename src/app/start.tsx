import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { LazySharePreview } from '@/features/exchange/shareLink/LazySharePreview';
import { PersistenceFooter } from '@/features/saving/PersistenceFooter';
import { RecoveryBoundary } from '@/features/saving/RecoveryBoundary';
import { i18next, loadAfterFirstScreen, startI18n } from '@/i18n/config';
import { whenIdle } from '@/lib/whenIdle';
import { openLibrary, startSaving } from '@/persistence/startPersistence';

import { App, preloadEditors } from './App';
import { initialLanguage } from './language';

/** The first screen: its texts and the stored canvases, then the app; the rest loads after. */
export async function start() {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  // The texts start downloading at once; reading and checking the stored canvases needs none.
  const texts = startI18n(initialLanguage());
  // Before the first render: the app never shows, nor saves, an unloaded library.
  await Promise.all([texts, openLibrary()]);
  document.documentElement.lang = i18next.language;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <RecoveryBoundary>
        <App />
        <LazySharePreview />
        <PersistenceFooter />
      </RecoveryBoundary>
    </StrictMode>,
  );
  // Texts, editors and saving, which the first screen does without, load once it is up (saving
  // also starts at the first edit, should that come sooner).
  whenIdle(() => {
    void startSaving();
    void loadAfterFirstScreen();
    preloadEditors();
  }, 0);
}
