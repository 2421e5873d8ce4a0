import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, onTestFailed } from 'vitest';

import { CHROMIUM_ARGS } from './chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results');

export const skipE2E = inject('skipE2E');
export const baseURL = inject('baseURL');

export type AppPage = {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
};

type OpenOptions = BrowserContextOptions & {
  /** Language the browser prefers (navigator.languages). */
  lang?: 'es' | 'en' | string;
  /** Path to open; defaults to the app root. */
  path?: string;
  /** Another server than the static one (the live server serves the app itself). */
  origin?: string;
  /** Console errors matching these are expected by the test and not counted. */
  allowErrors?: RegExp[];
  /** Runs before any app script (seed storage, stub APIs). */
  init?: (context: BrowserContext) => Promise<void>;
};

let browser: Browser | undefined;
const open: AppPage[] = [];

/** Registers hooks: one browser per test file, a fresh context per `openApp`. */
export function useBrowser() {
  beforeAll(async () => {
    if (skipE2E) return;
    browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: CHROMIUM_ARGS,
    });
  });
  afterEach(async () => {
    const pages = open.splice(0);
    for (const app of pages) await app.context.close().catch(() => {});
    // Every test fails on uncaught errors, even if its own assertions passed.
    expect(pages.flatMap((app) => app.errors)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
}

function screenshotName(): string {
  const name = expect.getState().currentTestName ?? 'test';
  return `${name.replace(/[^\w.-]+/g, '_').slice(0, 120)}.png`;
}

/** Opens the app in a fresh profile and starts watching for errors. */
export async function openApp(options: OpenOptions = {}): Promise<AppPage> {
  if (!browser) throw new Error('useBrowser() must be called in this test file');
  const {
    lang = 'en',
    path = '/',
    origin = baseURL,
    allowErrors = [],
    init,
    ...contextOptions
  } = options;
  const context = await browser.newContext({
    locale: lang,
    acceptDownloads: true,
    ...contextOptions,
  });
  if (init) await init(context);
  const page = await context.newPage();
  const app: AppPage = { page, context, errors: [] };
  watchErrors(app, allowErrors);
  open.push(app);
  onTestFailed(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page
      .screenshot({ path: resolve(SCREENSHOT_DIR, screenshotName()), fullPage: true })
      .catch(() => {});
  });
  await page.goto(origin + path);
  return app;
}

/** Adds another tab of the same profile, watched the same way. */
export async function openTab(app: AppPage, path = '/', allowErrors: RegExp[] = []): Promise<Page> {
  const page = await app.context.newPage();
  watchErrors({ ...app, page }, allowErrors);
  await page.goto(baseURL + path);
  return page;
}

function watchErrors(app: AppPage, allow: RegExp[]) {
  const allowed = (text: string) => allow.some((re) => re.test(text));
  app.page.on('pageerror', (error) => {
    if (!allowed(error.message)) app.errors.push(`pageerror: ${error.message}`);
  });
  app.page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message.text()))
      app.errors.push(`console: ${message.text()}`);
  });
}
