import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

/** Header control: jump to another canvas, or open the library to manage them. */
export function CanvasSwitcher() {
  const { t } = useTranslation();
  const canvases = useCanvasStore(useShallow(canvasSelectors.list));
  const activeId = useCanvasStore((s) => s.activeId);
  const setActiveCanvas = useCanvasStore((s) => s.setActiveCanvas);
  const openPanel = useUiStore((s) => s.openPanel);
  return (
    <div className="canvas-switcher">
      {canvases.length > 1 && activeId && (
        <label className="canvas-switcher__label">
          <span className="visually-hidden">{t('editor:library.switchLabel')}</span>
          <select value={activeId} onChange={(e) => setActiveCanvas(e.target.value)}>
            {canvases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name.trim() || t('editor:library.untitled')}
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
