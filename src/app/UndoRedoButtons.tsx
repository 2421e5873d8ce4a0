import { useTranslation } from '@/i18n/useTranslation';

import { redo, undo, useCanUndoRedo } from '@/store/undo';

export function UndoRedoButtons() {
  const { t } = useTranslation();
  const { canUndo, canRedo } = useCanUndoRedo();
  return (
    <div className="app-header__group" role="group" aria-label={t('editor:history.label')}>
      <button
        type="button"
        className="button button--small app-header__button"
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('editor:history.undoHint')}
      >
        <span aria-hidden="true">↶</span>{' '}
        <span className="app-header__button-text">{t('common:action.undo')}</span>
      </button>
      <button
        type="button"
        className="button button--small app-header__button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t('editor:history.redoHint')}
      >
        <span aria-hidden="true">↷</span>{' '}
        <span className="app-header__button-text">{t('common:action.redo')}</span>
      </button>
    </div>
  );
}
