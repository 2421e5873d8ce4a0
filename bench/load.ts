import type { Browser, Page } from 'playwright-core';

import { throttle } from './browser';
import { summarize, type Summary } from './stats';
import { appPaintAt, interactiveAt, openVisit, type Visit } from './visits';

export type LoadResult = {
  /** `floor` is the one-button app of bench/floor; the others are Vínculo */
  app: 'floor' | 'vinculo';
  visit: string;
  /** loaded a second time in the same context: service worker (Vínculo) and HTTP cache warm */
  warm: boolean;
  fcp: Summary;
  interactive: Summary;
  appPaint: Summary;
  cpuThrottle: number;
};

type Timed = { app: LoadResult['app']; url: string; visit: Visit; warm: boolean };

/** Spanish is the app's first audience and its texts are the longest: the heavier case. */
const FIRST: Visit = { name: 'first visit, es', locale: 'es', returning: false };
const RETURNING: Visit = { name: 'returning, es', locale: 'es', returning: true };

async function measure(page: Page, url: string) {
  await page.goto(url);
  const interactive = await interactiveAt(page);
  const appPaint = await appPaintAt(page);
  // The app's own first screen has words: not index.html's wordless frame.
  const words = await page.evaluate(() => document.querySelector('main')?.textContent?.trim());
  if (!words) throw new Error(`${url}: the first screen has no words`);
  const paint = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  );
  return { interactive, appPaint, fcp: ((await paint.jsonValue()) as number) ?? Number.NaN };
}

/**
 * One load at `rate`× throttle. Cold: a fresh context (empty cache; storage empty or seeded).
 * Warm: the same context loaded once before (Vínculo's service worker then controls the page
 * and has precached every file), as a person comes back to the app in the same browser.
 */
async function loadOnce(browser: Browser, { app, url, visit, warm }: Timed, rate: number) {
  const { context, page } = await openVisit(browser, visit);
  try {
    if (warm) {
      await page.goto(url);
      await interactiveAt(page);
      await page.waitForLoadState('networkidle');
      // Vínculo's worker takes control once it has precached every file (clientsClaim).
      if (app === 'vinculo')
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
          timeout: 30_000,
          polling: 100,
        });
    }
    await throttle(page, rate);
    return await measure(page, url);
  } finally {
    await context.close();
  }
}

/**
 * First screens at 4× CPU throttle, the floor app and Vínculo interleaved run by run, so both
 * meet the same moments of a shared machine.
 */
export async function benchLoad(
  browser: Browser,
  url: string,
  floorUrl: string,
  runs = 7,
  rate = 4,
): Promise<LoadResult[]> {
  const timed: Timed[] = [
    { app: 'floor', url: floorUrl, visit: { ...FIRST, name: 'floor, first load' }, warm: false },
    { app: 'vinculo', url, visit: FIRST, warm: false },
    { app: 'vinculo', url, visit: RETURNING, warm: false },
    { app: 'floor', url: floorUrl, visit: { ...FIRST, name: 'floor, loaded again' }, warm: true },
    {
      app: 'vinculo',
      url,
      visit: { ...RETURNING, name: 'returning user, es (service worker and cache warm)' },
      warm: true,
    },
  ];
  const samples = timed.map(() => ({
    fcp: [] as number[],
    interactive: [] as number[],
    appPaint: [] as number[],
  }));
  for (let run = 0; run < runs; run++) {
    for (const [i, t] of timed.entries()) {
      const sample = await loadOnce(browser, t, rate);
      samples[i]?.fcp.push(sample.fcp);
      samples[i]?.interactive.push(sample.interactive);
      samples[i]?.appPaint.push(sample.appPaint);
    }
  }
  return timed.map((t, i) => ({
    app: t.app,
    visit: t.visit.name,
    warm: t.warm,
    fcp: summarize(samples[i]?.fcp ?? []),
    interactive: summarize(samples[i]?.interactive ?? []),
    appPaint: summarize(samples[i]?.appPaint ?? []),
    cpuThrottle: rate,
  }));
}
