import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button that shows and hides a panel (a menu or a popover): Escape and a click or focus
 * outside close it, and Escape returns focus to the button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return {
    open,
    close: () => setOpen(false),
    toggle: () => setOpen((value) => !value),
    /** on the element holding the button and the panel */
    rootRef,
    buttonRef,
    panelId,
  };
}
