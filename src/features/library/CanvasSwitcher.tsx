import { useTranslation } from '@/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';

import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/canvasView';
import { useUiStore } from '@/store/uiStore';

/** Header control: jump to another canvas, or open the library to manage them. */
export function CanvasSwitcher() {
  const { t } = useTranslation();
  // Ids and names only: an edit inside a canvas leaves the switcher alone.
  const ids = useCanvasStore(useShallow((s) => canvasSelectors.list(s).map((c) => c.id)));
  const names = useCanvasStore(useShallow((s) => canvasSelectors.list(s).map((c) => c.name)));
  const activeId = useCanvasStore((s) => s.activeId);
  const setActiveCanvas = useCanvasStore((s) => s.setActiveCanvas);
  const openPanel = useUiStore((s) => s.openPanel);
  return (
    <div className="canvas-switcher">
      {ids.length > 1 && activeId && (
        <label className="canvas-switcher__label">
          <span className="visually-hidden">{t('editor:library.switchLabel')}</span>
          <select value={activeId} onChange={(e) => setActiveCanvas(e.target.value)}>
            {ids.map((id, i) => (
              <option key={id} value={id}>
                {names[i]?.trim() || t('editor:library.untitled')}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="button button--small app-header__button"
        onClick={() => openPanel({ kind: 'library' })}
      >
        {t('editor:library.manage')}
      </button>
    </div>
  );
}
