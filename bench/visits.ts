import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  CDPSession,
  Page,
} from 'playwright-core';

import type { CanvasLocale } from '@/domain';
import { getExampleCanvases } from '@/domain/examples';

import { WATCH_INTERACTIVE } from './browser';
import { seedLibrary } from './seed';

/** Who opens the app: a first visit (empty storage, first-run screen) or a returning one. */
export type Visit = { name: string; locale: CanvasLocale; returning: boolean };

export const VISITS: readonly Visit[] = [
  { name: 'first visit, es', locale: 'es', returning: false },
  { name: 'first visit, en', locale: 'en', returning: false },
  { name: 'returning, es', locale: 'es', returning: true },
  { name: 'returning, en', locale: 'en', returning: true },
];

/** A returning visitor comes back to a copy of the first example canvas, in their language. */
const exampleCanvas = (locale: CanvasLocale) => {
  const canvas = getExampleCanvases(locale)[0];
  if (!canvas) throw new Error('no example canvas to seed');
  return canvas;
};

/** A fresh context (empty cache and storage) for `visit`, watching for the first usable control. */
export async function openVisit(
  browser: Browser,
  visit: Visit,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: visit.locale,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  if (visit.returning) await seedLibrary(context, exampleCanvas(visit.locale), visit.locale);
  await context.addInitScript(WATCH_INTERACTIVE);
  return { context, page: await context.newPage() };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const POLL_MS = 20;

/**
 * Waits for a time the page records (WATCH_INTERACTIVE), read through the DevTools protocol:
 * Playwright's waitForFunction would first evaluate its own script of several thousand lines
 * in the page, on the main thread the load being timed runs on (60-90 ms at 4x throttle,
 * queued just before the app's texts). The poll's own evaluation is a property read.
 */
async function watched(page: Page, name: '__interactiveAt' | '__appPaintAt'): Promise<number> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `window.${name}`,
      returnByValue: true,
    });
    if (typeof result.value === 'number') return result.value;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${name} was not recorded within 60 s`);
}

export const interactiveAt = (page: Page) => watched(page, '__interactiveAt');
/** When the frame after the app's first screen (see WATCH_INTERACTIVE) has painted. */
export const appPaintAt = (page: Page) => watched(page, '__appPaintAt');
