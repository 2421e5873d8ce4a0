import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Segment } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

/** Delete with a confirmation step, then an Undo offer (removing a segment drops what hangs on it). */
export function SegmentDeletion({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const [isConfirming, setConfirming] = useState(false);
  const name = segment.name.trim() || t('editor:segment.unnamed');

  const remove = () => {
    useUiStore.getState().closePanel();
    useCanvasStore.getState().removeSegment(segment.id);
    useUiStore.getState().showNotice({ key: 'segments:deleted', values: { name } });
  };

  if (!isConfirming) {
    return (
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t('segments:delete')}
      </button>
    );
  }
  return (
    <div
      className="segment-deletion"
      role="group"
      aria-labelledby={`${segment.id}-delete-question`}
    >
      <p id={`${segment.id}-delete-question`} className="segment-deletion__question">
        {t('segments:deleteQuestion', { name })}
      </p>
      <button type="button" className="button button--danger" onClick={remove} autoFocus>
        {t('segments:deleteConfirm')}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        {t('common:action.cancel')}
      </button>
    </div>
  );
}
