import type { Page } from 'playwright-core';

/**
 * The page's main-thread busy time so far, in ms: Chromium's TaskDuration (the summed length of
 * every task the renderer ran, throttling included), read through the DevTools protocol.
 */
export async function busyMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((m) => m.name === 'TaskDuration');
    if (!task) throw new Error('Chromium reported no TaskDuration');
    return task.value * 1000;
  };
}
