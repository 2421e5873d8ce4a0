import { useCallback, useEffect, useState } from 'react';

/**
 * Moving an item re-renders its list and can drop keyboard focus; this puts focus back on the
 * first of the given element ids that exists and is enabled, once React has committed.
 * The request is state, not a ref: an effect left over from an earlier render (React runs
 * those before handling a new event) must not take it before the render it is meant for.
 */
export function useFocusAfterRender() {
  const [request, setRequest] = useState<{ ids: string[] } | null>(null);
  useEffect(() => {
    if (!request) return;
    for (const id of request.ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  }, [request]);
  // Stable, so memoised rows can take it (or callbacks built on it) as a prop.
  return useCallback((...ids: string[]) => setRequest({ ids }), []);
}
