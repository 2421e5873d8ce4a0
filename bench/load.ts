import type { Browser } from 'playwright-core';

import { throttle } from './browser';
import { summarize, type Summary } from './stats';
import { appPaintAt, interactiveAt, openVisit, VISITS } from './visits';

export type LoadResult = {
  visit: string;
  fcp: Summary;
  interactive: Summary;
  appPaint: Summary;
  cpuThrottle: number;
};

/** Spanish is the app's first audience and its texts are the longest: the heavier case. */
const TIMED_VISITS = VISITS.filter((visit) => visit.locale === 'es');

/** Cold loads in fresh contexts (empty cache; storage empty or seeded) at 4× CPU throttling. */
export async function benchColdLoad(
  browser: Browser,
  url: string,
  runs = 7,
  rate = 4,
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const visit of TIMED_VISITS) {
    const fcp: number[] = [];
    const interactive: number[] = [];
    const appPaint: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { context, page } = await openVisit(browser, visit);
      await throttle(page, rate);
      await page.goto(url);
      interactive.push(await interactiveAt(page));
      appPaint.push(await appPaintAt(page));
      const paint = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      );
      fcp.push((await paint.jsonValue()) ?? Number.NaN);
      await context.close();
    }
    results.push({
      visit: visit.name,
      fcp: summarize(fcp),
      interactive: summarize(interactive),
      appPaint: summarize(appPaint),
      cpuThrottle: rate,
    });
  }
  return results;
}
