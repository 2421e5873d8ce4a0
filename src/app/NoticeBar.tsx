import { useEffect } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';
import { useUiStore } from '@/store/uiStore';

/** The status after a deletion, with its Undo; it goes away as soon as anything else changes. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUiStore((s) => s.notice);
  const dismiss = useUiStore((s) => s.dismissNotice);

  // Any later edit makes "Undo" mean something else, so the offer is withdrawn.
  useEffect(() => {
    if (!notice) return;
    return useCanvasStore.subscribe((state, previous) => {
      if (state.canvases !== previous.canvases || state.order !== previous.order) dismiss();
    });
  }, [notice, dismiss]);

  const undoIt = () => {
    const reopenId = notice?.reopenId;
    undo();
    if (reopenId) useCanvasStore.getState().setActiveCanvas(reopenId);
    dismiss();
  };

  return (
    <div
      className="notice-bar"
      role="status"
      aria-live="polite"
      aria-label={t('editor:notice.label')}
    >
      {notice && (
        <div className="notice-bar__body">
          <span>{t(notice.key, notice.values)}</span>
          <button type="button" className="button button--small" onClick={undoIt}>
            {t('common:action.undo')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={dismiss}
            aria-label={t('common:action.close')}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
    </div>
  );
}
