import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { FirstRun } from '@/features/onboarding/FirstRun';
import { PersistenceNotices } from '@/features/recovery/PersistenceNotices';
import { ResultsPanel } from '@/features/results/ResultsPanel';
import { ADD_SEGMENT_ID } from '@/features/segments/SegmentsBlock';
import { useCanvasStore } from '@/store/canvasStore';
import { useActiveCanvas } from '@/store/selectors';

import { AppHeader } from './AppHeader';
import { NoticeBar } from './NoticeBar';
import { PanelHost } from './PanelHost';
import { handleUndoShortcut } from './undoShortcuts';

export function App() {
  const { t } = useTranslation();
  const hasCanvases = useCanvasStore((s) => s.order.length > 0);
  const canvas = useActiveCanvas();
  const focusLater = useFocusAfterRender();

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
      <PersistenceNotices />
      <main id="main" className="app-main" tabIndex={-1}>
        <h1 className={canvas ? 'app-main__title' : 'visually-hidden'}>
          {canvas ? canvas.name.trim() || t('editor:library.untitled') : t('common:app.name')}
        </h1>
        {!hasCanvases && (
          // A blank canvas starts with its first segment; an example is read from the top.
          <FirstRun
            onStart={(choice) => focusLater(choice === 'blank' ? ADD_SEGMENT_ID : 'main')}
          />
        )}
        <div className={canvas ? 'workspace' : 'workspace workspace--preview'}>
          <CanvasBoard />
          {canvas && (
            <div className="workspace__results">
              <ResultsPanel />
            </div>
          )}
        </div>
      </main>
      <PanelHost />
      <NoticeBar />
    </>
  );
}
