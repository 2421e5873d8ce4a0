/** Steps that bring the app to its main screens, shared by the accessibility and layout tests. */
import type { Page } from 'playwright-core';

import { expect } from 'vitest';

import { openApp } from './browser';

/** The example used as "a real canvas": two segments, every relationship type in use. */
export const EXAMPLE = { id: 'nespresso', name: 'Nespresso' };

type Viewport = { width: number; height: number };

/** Opens the app on the first-run screen and takes a copy of the example onto the board. */
export async function openExampleBoard(options: { lang?: 'es' | 'en'; viewport?: Viewport } = {}) {
  const { lang = 'en', viewport } = options;
  const app = await openApp({ lang, ...(viewport ? { viewport } : {}) });
  const openCopy = lang === 'es' ? 'Abrir una copia' : 'Open a copy';
  await app.page.getByRole('button', { name: new RegExp(`^${openCopy} ${EXAMPLE.name}`) }).click();
  await app.page.locator('.canvas-board').waitFor();
  await app.page.getByRole('heading', { level: 1, name: new RegExp(EXAMPLE.name) }).waitFor();
  await boardEvaluated(app.page);
  return app;
}

/**
 * Waits for the board's totals: its findings and totals follow its content a moment later
 * (useBoardEvaluation), and the board grows when they arrive.
 */
export async function boardEvaluated(page: Page) {
  await page.locator('.canvas-board .computed').first().waitFor();
}

/** Waits until the open modal dialog shows, and returns it. */
export async function modal(page: Page, name?: string | RegExp) {
  const dialog = page.getByRole('dialog', name === undefined ? {} : { name });
  await dialog.first().waitFor();
  return dialog.first();
}

/** Closes the open <dialog> with Escape and waits until it is gone. */
export async function closeModal(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

/** Chooses an item of the header's Classroom menu. */
export async function classroomMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^Classroom/ }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
}

/**
 * Adds a segment from the board and names it by typing, as a keyboard user would. Typing waits
 * until the editor has focused its name field: its code may still be loading (it is preloaded
 * only once the first screen is up).
 */
export async function addSegment(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add segment' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-name$/);
  await page.keyboard.type(name);
  await page.getByRole('button', { name: 'Done' }).click();
}
