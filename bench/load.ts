import type { Browser } from 'playwright-core';

import { throttle, WATCH_INTERACTIVE } from './browser';
import { summarize, type Summary } from './stats';

export type LoadResult = { fcp: Summary; interactive: Summary; cpuThrottle: number };

/** Cold loads in fresh contexts (empty cache and storage) at 4× CPU throttling. */
export async function benchColdLoad(browser: Browser, url: string, runs = 7, rate = 4): Promise<LoadResult> {
  const fcp: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'es', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(WATCH_INTERACTIVE);
    const page = await context.newPage();
    await throttle(page, rate);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt, null, { timeout: 30_000 });
    const times = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      interactive: (window as unknown as { __interactiveAt: number }).__interactiveAt,
    }));
    fcp.push(times.fcp);
    interactive.push(times.interactive);
    await context.close();
  }
  return { fcp: summarize(fcp), interactive: summarize(interactive), cpuThrottle: rate };
}
