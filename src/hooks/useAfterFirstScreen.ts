import { useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser is idle after the first screen; returns a cancel function.
 * For work (chunks, evaluation) that must not slow the first paint.
 */
export const whenIdle = (callback: () => void): (() => void) => {
  if (window.requestIdleCallback) {
    // A busy first screen (a big canvas) must not hold the rest back for long.
    const id = window.requestIdleCallback(callback, { timeout: 500 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(callback, 1);
  return () => window.clearTimeout(id);
};

/**
 * False on the first render, true once the browser has shown the first screen and is idle:
 * for parts of the screen that can wait, so their code and texts are not fetched before it.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true)), []);
  return ready;
}
