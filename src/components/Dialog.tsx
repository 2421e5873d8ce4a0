import { useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { useLatestCallback } from '@/hooks/useLatestCallback';

import { DialogClosing } from './dialogClosing';
import './Dialog.css';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `wide` for workbenches, `full` for presentation-like views. */
  size?: 'normal' | 'wide';
  footer?: ReactNode;
};

// jsdom has no showModal; the open attribute keeps component tests meaningful.
const show = (dialog: HTMLDialogElement) => {
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
};

const close = (dialog: HTMLDialogElement) => {
  if (!dialog.open) return;
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
};

/** Focus is nowhere (on the page itself): what was focused went away with the dialog. */
const focusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * A modal dialog on the native <dialog>: the browser traps focus and Esc closes it; focus
 * returns to the element that opened it. Inside `DialogClosing` it is hidden at once and
 * unmounted later (PanelHost).
 */
export function Dialog({ title, onClose, children, size = 'normal', footer }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closing = useContext(DialogClosing);
  const hidden = useRef(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (closing) {
      hidden.current = true;
      close(dialog);
    } else if (hidden.current) {
      // reopened before it was unmounted
      hidden.current = false;
      show(dialog);
    }
  }, [closing]);
  // Esc calls the latest onClose without showing the dialog again for a new one.
  const closeOnEsc = useLatestCallback(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    show(dialog);
    const cancel = (event: Event) => {
      event.preventDefault();
      closeOnEsc();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      close(dialog);
      // The browser's close() already returns focus to the opener; focus() would lay out the
      // whole page again (tens of ms on a big board), so only when focus was lost.
      if (opener?.isConnected && focusLost()) opener.focus();
    };
  }, [closeOnEsc]);

  const titleId = `${title.replace(/\W+/g, '-')}-dialog-title`;
  return (
    <dialog ref={ref} className={`dialog dialog--${size}`} aria-labelledby={titleId}>
      {/* Plain boxes, not <header>/<footer>: inside the app header they would be nested landmarks. */}
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="dialog__close"
          onClick={onClose}
          aria-label={t('common:action.close')}
        >
          ✕
        </button>
      </div>
      <div className="dialog__body">{children}</div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}
