/** Whether the browser can wait for an idle moment (jsdom and some Safaris cannot). */
export const canWaitForIdle = (): boolean => typeof requestIdleCallback === 'function';

/**
 * Runs `callback` once the browser is idle, for work that must not slow the first paint or a
 * keystroke; returns a cancel function. A busy page (a big canvas) holds it back at most
 * `timeoutMs` (0: no limit). Without requestIdleCallback, a timer stands in.
 */
export function whenIdle(callback: () => void, timeoutMs = 500): () => void {
  if (canWaitForIdle()) {
    const id = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 1);
  return () => clearTimeout(id);
}
