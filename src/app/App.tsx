import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { LazyDashboard } from '@/features/dashboard';
import { FirstRun } from '@/features/onboarding/FirstRun';
import { LazyPersistenceNotices } from '@/features/saving/LazyPersistenceNotices';
import { ADD_SEGMENT_ID } from '@/features/segments/SegmentsBlock';
import { useAfterFirstScreen } from '@/hooks/useAfterFirstScreen';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { withNamespaces } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/canvasView';
import { useUiStore } from '@/store/uiStore';

import { AppHeader } from './AppHeader';
import { NoticeBar } from './NoticeBar';
import { PanelHost } from './PanelHost';
import { handleUndoShortcut } from './undoShortcuts';

// main.tsx loads the editors' code once the first screen is up.
export { preloadEditors } from './PanelHost';

// The results panel and its texts load once the board is on screen: the board accepts input
// without them (and on most screens the results sit below it).
const ResultsPanel = lazy(
  withNamespaces(() =>
    import('@/features/results/ResultsPanel').then((m) => ({ default: m.ResultsPanel })),
  ),
);
// Live classes: a small gate after the first screen; the live code loads only when needed.
const LiveRoot = lazy(() => import('@/features/live').then((m) => ({ default: m.LiveRoot })));

export function App() {
  const { t } = useTranslation();
  const hasCanvases = useCanvasStore((s) => s.order.length > 0);
  // Only the name: the whole canvas would re-render the header on every edit.
  const name = useCanvasStore((s) => canvasSelectors.active(s)?.name ?? null);
  const isOpen = name !== null;
  const focusLater = useFocusAfterRender();
  const afterFirstScreen = useAfterFirstScreen();
  const isDashboardOpen = useUiStore((s) => s.isDashboardOpen);

  useEffect(() => {
    window.addEventListener('keydown', handleUndoShortcut);
    return () => window.removeEventListener('keydown', handleUndoShortcut);
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:app.skipToContent')}
      </a>
      <AppHeader />
      <LazyPersistenceNotices />
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <LiveRoot />
        </Suspense>
      )}
      <main
        id="main"
        className={isDashboardOpen ? 'app-main app-main--dashboard' : 'app-main'}
        tabIndex={-1}
      >
        {isDashboardOpen && <LazyDashboard />}
        <h1 className={isOpen ? 'app-main__title' : 'visually-hidden'}>
          {isOpen ? name.trim() || t('editor:library.untitled') : t('common:app.name')}
        </h1>
        {!hasCanvases && (
          // A blank canvas starts with its first segment; an example is read from the top.
          <FirstRun
            onStart={(choice) => focusLater(choice === 'blank' ? ADD_SEGMENT_ID : 'main')}
          />
        )}
        <div className={isOpen ? 'workspace' : 'workspace workspace--preview'}>
          <CanvasBoard />
          {/* Mounted from the start, so the panel's first load never holds back the board. */}
          <Suspense fallback={null}>
            {isOpen && afterFirstScreen && (
              <div className="workspace__results">
                <ResultsPanel />
              </div>
            )}
          </Suspense>
        </div>
      </main>
      <PanelHost />
      <NoticeBar />
    </>
  );
}
