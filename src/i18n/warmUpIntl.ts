/**
 * Starts loading the browser's number and plural data on another thread (intlWarmUp.worker.ts),
 * so the first screen does not wait for it. Nothing depends on it: without workers, or should
 * it fail, the first formatter loads the data itself, as before.
 */
export function warmUpIntl() {
  try {
    new Worker(new URL('./intlWarmUp.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No worker: the main thread loads the data on first use.
  }
}
