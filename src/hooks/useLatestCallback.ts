import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function that keeps its identity for the component's life and calls the latest `callback`:
 * a parent's inline handler then does not defeat a memoised field. Call it from events only.
 */
export function useLatestCallback<A extends unknown[], R>(
  callback: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(callback);
  // Before any layout effect or event of this commit can call it.
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
