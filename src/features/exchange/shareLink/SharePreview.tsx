import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { useCanvasStore } from '@/store/canvasStore';

import { CanvasPreview } from './CanvasPreview';
import { useShareFragment } from './useShareFragment';
import './SharePreview.css';

const FAILURE_KEYS = {
  damaged: 'exchange:share.damaged',
  newer: 'exchange:share.newer',
  too_large: 'exchange:share.tooLargeOpen',
} as const;

/**
 * Opens a shared link as a read-only preview over the app. Nothing is written while it is
 * open; "Save a copy" adds the canvas to the library under a new id.
 */
export function SharePreview() {
  const { t } = useTranslation();
  const { shared, leave } = useShareFragment();
  if (!shared) return null;
  if (!shared.ok) {
    return (
      <Dialog title={t('exchange:share.previewTitle')} onClose={leave}>
        <p role="alert">{t(FAILURE_KEYS[shared.reason])}</p>
        <div className="share-preview__actions">
          <button type="button" className="button" onClick={leave}>
            {t('exchange:share.close')}
          </button>
        </div>
      </Dialog>
    );
  }
  const { canvas } = shared;
  const saveCopy = () => {
    useCanvasStore.getState().addCanvasCopy(canvas);
    leave();
  };
  return (
    <Dialog
      title={`${t('exchange:share.previewTitle')}: ${canvas.name.trim() || t('persistence:unnamed')}`}
      onClose={leave}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={leave}>
            {t('exchange:share.close')}
          </button>
          <button type="button" className="button button--primary" onClick={saveCopy}>
            {t('exchange:share.saveCopy')}
          </button>
        </>
      }
    >
      <p className="share-preview__note">{t('exchange:share.readOnly')}</p>
      <CanvasPreview canvas={canvas} />
    </Dialog>
  );
}
