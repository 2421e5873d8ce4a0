// Spec decision: the app is loaded in two steps so that it runs under a strict CSP (script-src
// 'self', no 'unsafe-eval'). zod probes `new Function` whenever an object schema is built, and a
// CSP reports that probe as a violation, so zod is told not to before any schema exists. The
// bundler may hoist shared modules (the domain and its schemas) above this file's own imports,
// so every module that could build a schema is imported only after that setting has run.
import '@/persistence/cspSafeValidation';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/app/theme.css';
import '@/app/bootShell.css';
import '@/components/Button.css';

async function start() {
  // The texts start loading at once, while the app's code downloads and runs.
  const texts = Promise.all([import('@/app/language'), import('@/i18n/config')]).then(
    async ([{ initialLanguage }, { i18next, startI18n }]) => {
      i18next.on('languageChanged', (lng) => {
        document.documentElement.lang = lng;
      });
      await startI18n(initialLanguage());
      document.documentElement.lang = i18next.language;
    },
  );
  // Reading and checking the stored canvases needs no texts: it runs while they download.
  // Synchronous and before the first render: the app never shows, nor saves, an unloaded library.
  const persistence = import('@/persistence/startPersistence').then((m) => m.startPersistence());
  const [
    { App, preloadEditors },
    { loadAfterFirstScreen },
    { RecoveryBoundary },
    { LazySharePreview },
    { PersistenceFooter },
  ] = await Promise.all([
    import('@/app/App'),
    import('@/i18n/config'),
    import('@/features/saving/RecoveryBoundary'),
    import('@/features/exchange/shareLink/LazySharePreview'),
    import('@/features/saving/PersistenceFooter'),
  ]);
  await Promise.all([texts, persistence]);
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
  // Texts and editors the first screen does without load once it is up.
  (window.requestIdleCallback ?? setTimeout)(() => {
    void loadAfterFirstScreen();
    preloadEditors();
  });
}

void start();
