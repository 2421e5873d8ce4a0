import { useEffect, useRef } from 'react';

/**
 * Moving an item re-renders its list and can drop keyboard focus; this puts focus back on the
 * first of the given element ids that exists and is enabled, once React has committed.
 */
export function useFocusAfterRender() {
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });
  return (...ids: string[]) => {
    pending.current = ids;
  };
}
