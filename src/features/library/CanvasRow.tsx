import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { TextField } from '@/components/fields/TextField';
import { LIMITS, segmentSchema, type Canvas } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { isLiveCanvas } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

type Props = {
  canvas: Canvas;
  isActive: boolean;
  /** Called after the row's canvas is deleted, so the list can take the keyboard focus. */
  onDeleted: () => void;
};

export function CanvasRow({ canvas, isActive, onDeleted }: Props) {
  const { t } = useTranslation();
  const [isRenaming, setRenaming] = useState(false);
  const focusLater = useFocusAfterRender();
  const name = canvas.name.trim() || t('editor:library.untitled');
  const renameId = `${canvas.id}-rename`;
  const { renameCanvas, duplicateCanvas, deleteCanvas, setActiveCanvas } =
    useCanvasStore.getState();

  const open = () => {
    setActiveCanvas(canvas.id);
    useUiStore.getState().closePanel();
  };
  const remove = () => {
    deleteCanvas(canvas.id);
    useUiStore.getState().showNotice({
      key: 'library:deleted',
      values: { name },
      reopenId: isActive ? canvas.id : undefined,
    });
    onDeleted();
  };
  const toggleRename = () => {
    setRenaming(!isRenaming);
    focusLater(isRenaming ? `${canvas.id}-rename-button` : renameId);
  };
  const forThis = (
    <>
      {' '}
      <span className="visually-hidden">{name}</span>
    </>
  );

  return (
    <li className="library-row" aria-current={isActive || undefined}>
      <div className="library-row__main">
        {isRenaming ? (
          <TextField
            id={renameId}
            label={t('library:renameLabel', { name })}
            value={canvas.name}
            schema={segmentSchema.shape.name}
            maxLength={LIMITS.nameLength}
            onCommit={(next) => renameCanvas(canvas.id, next)}
          />
        ) : (
          <span className="library-row__name">{name}</span>
        )}
        <span className="library-row__meta">
          {t('library:meta', { count: canvas.segments.length, currency: canvas.currency })}
          {isLiveCanvas(canvas.id) && ` · ${t('library:live')}`}
          {isActive && <strong className="library-row__current"> · {t('library:current')}</strong>}
        </span>
      </div>
      <div className="library-row__actions">
        {!isActive && (
          <button type="button" className="button button--small button--primary" onClick={open}>
            {t('library:open')}
            {forThis}
          </button>
        )}
        <button
          id={`${canvas.id}-rename-button`}
          type="button"
          className="button button--small"
          onClick={toggleRename}
        >
          {isRenaming ? t('library:renameDone') : t('library:rename')}
          {forThis}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => duplicateCanvas(canvas.id, t('library:copyName', { name }))}
        >
          {t('library:duplicate')}
          {forThis}
        </button>
        <button type="button" className="button button--small button--danger" onClick={remove}>
          {t('common:action.delete')}
          {forThis}
        </button>
      </div>
    </li>
  );
}
