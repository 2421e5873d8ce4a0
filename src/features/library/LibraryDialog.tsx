import { useTranslation } from '@/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';

import { Dialog } from '@/components/Dialog';
import { canvasLocaleOf } from '@/lib/canvasLocale';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors, useActiveCanvas } from '@/store/selectors';
import { fieldId, useUiStore } from '@/store/uiStore';

import { CanvasRow } from './CanvasRow';
import { CanvasSettingsFields } from './CanvasSettingsFields';
import './LibraryDialog.css';

const CREATE_ID = 'library-create';

/** The user's canvases: settings of the open one, then the list to open, rename, copy or delete. */
export function LibraryDialog() {
  const { t, i18n } = useTranslation();
  const close = useUiStore((s) => s.closePanel);
  const canvases = useCanvasStore(useShallow(canvasSelectors.list));
  const active = useActiveCanvas();
  const focusLater = useFocusAfterRender();

  const create = () => {
    const id = useCanvasStore.getState().createCanvas({
      name: t('editor:library.untitled'),
      locale: canvasLocaleOf(i18n.language),
      currency: active?.currency,
    });
    focusLater(fieldId(id, 'name'));
  };

  return (
    <Dialog
      title={t('library:title')}
      onClose={close}
      size="wide"
      footer={
        <button type="button" className="button button--primary" onClick={close}>
          {t('common:action.close')}
        </button>
      }
    >
      <div className="library">
        {active && (
          <section aria-labelledby="library-current" className="library__current">
            <h3 id="library-current" className="library__heading">
              {t('library:currentHeading')}
            </h3>
            <CanvasSettingsFields key={active.id} canvas={active} />
          </section>
        )}
        <section aria-labelledby="library-all">
          <div className="library__list-head">
            <h3 id="library-all" className="library__heading">
              {t('library:allHeading', { count: canvases.length })}
            </h3>
            <button id={CREATE_ID} type="button" className="button button--small" onClick={create}>
              <span aria-hidden="true">+</span> {t('library:create')}
            </button>
          </div>
          {canvases.length === 0 ? (
            <p className="library__empty">{t('library:empty')}</p>
          ) : (
            <ul className="library__list">
              {canvases.map((canvas) => (
                <CanvasRow
                  key={canvas.id}
                  canvas={canvas}
                  isActive={canvas.id === active?.id}
                  onDeleted={() => focusLater(CREATE_ID)}
                />
              ))}
            </ul>
          )}
        </section>
      </div>
    </Dialog>
  );
}
