/** Shared steps of the persistence, files and CSP browser tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';

import { CURRENT_CANVAS_VERSION } from '@/domain';

/**
 * The hand-written v1 envelope as this version stores it: these tests are about loading and
 * saving, not migrating (a v1 canvas is migrated and backed up on load; unit tests cover that).
 */
export const FIXTURE_TEXT = JSON.stringify({
  ...JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/storage-v1.json'), 'utf8')),
  version: CURRENT_CANVAS_VERSION,
});
export const FIXTURE_ID = 'canvas_taller';
export const FIXTURE_KEY = `bmc:canvas:${FIXTURE_ID}`;
export const FIXTURE_NAME = 'Taller de bicis «Rueda Libre» 🚲';

/** Writes these keys before the app's first load only: reloads and new tabs must not re-seed. */
export async function seedStorage(context: BrowserContext, items: Record<string, string>) {
  await context.addInitScript((seed: Record<string, string>) => {
    if (localStorage.getItem('e2e-seeded')) return;
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    localStorage.setItem('e2e-seeded', '1');
  }, items);
}

/** `Storage.prototype.setItem` throws a quota error for app keys while `window.__failWrites` is set. */
export async function injectQuotaSwitch(context: BrowserContext) {
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if (
        (window as unknown as { __failWrites?: boolean }).__failWrites &&
        key.startsWith('bmc:')
      ) {
        throw new DOMException(
          `Setting the value of '${key}' exceeded the quota.`,
          'QuotaExceededError',
        );
      }
      return original.call(this, key, value);
    };
  });
}

/** Chrome's "block site data": the localStorage getter itself throws. */
export async function blockStorage(context: BrowserContext) {
  await context.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException(
          "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        );
      },
    }),
  );
}

/** Old Safari private mode: every write fails with a quota error, even one byte. */
export async function refuseAllWrites(context: BrowserContext) {
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

export const readItem = (page: Page, key: string) =>
  page.evaluate((k) => localStorage.getItem(k), key);

/** The stored canvas data of `id`, as the app wrote it. */
export async function storedCanvas(
  page: Page,
  id: string,
): Promise<Record<string, unknown> | null> {
  const raw = await readItem(page, `bmc:canvas:${id}`);
  return raw === null ? null : (JSON.parse(raw) as { data: Record<string, unknown> }).data;
}

/** Adds a note to a block of the open canvas and types `text` into it. */
export async function addNote(page: Page, block: string, text: string) {
  const area = page.locator(`[data-block="${block}"]`);
  await area.getByRole('button', { name: 'Add note' }).click();
  const box = area.getByRole('textbox').last();
  await box.fill(text);
  return box;
}

/** Waits until the header says the work is saved. */
export async function waitSaved(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Saved', exact: true }).waitFor();
}

/** The app has booted: the header's file menu is there. */
export async function appReady(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).waitFor();
}

/** On a fresh profile: starts a blank canvas from the first-run screen. */
export async function startBlankCanvas(page: Page) {
  await page.getByRole('button', { name: 'Start a blank canvas' }).click();
  await page.locator('[data-block="keyPartners"]').waitFor();
}

/** Every `bmc:*` item in storage. */
export function appStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('bmc:'))
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

/** Clicks `trigger` and returns the downloaded file's name and text. */
export async function download(page: Page, trigger: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}
