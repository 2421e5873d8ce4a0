import { useEffect, type RefObject } from 'react';

/**
 * While mounted, everything outside `ref`'s element is inert and the page does not scroll;
 * the overlay takes focus, and focus goes back where it was afterwards.
 */
export function useModalOverlay(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const overlay = ref.current;
    if (!overlay) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const others = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && !element.contains(overlay) && !element.inert,
    );
    for (const element of others) element.inert = true;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    overlay.focus();
    return () => {
      for (const element of others) element.inert = false;
      document.body.style.overflow = overflow;
      if (opener?.isConnected) opener.focus();
    };
  }, [ref]);
}
