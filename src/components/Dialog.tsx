import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import './Dialog.css';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `wide` for workbenches, `full` for presentation-like views. */
  size?: 'normal' | 'wide';
  footer?: ReactNode;
};

/**
 * A modal dialog on the native <dialog>: the browser traps focus and Esc closes it; focus
 * returns to the element that opened it.
 */
export function Dialog({ title, onClose, children, size = 'normal', footer }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute keeps component tests meaningful.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

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
