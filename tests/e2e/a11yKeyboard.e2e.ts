import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openApp, skipE2E, useBrowser } from './support/browser';
import { focusStop, unreachedControls, type FocusStop } from './support/focus';
import { addSegment, openExampleBoard } from './support/screens';

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Notes of a block, top to bottom. */
const noteTexts = (page: Page, block: string) =>
  page.locator(`[data-block="${block}"] .note__text`).allTextContents();

/**
 * Tabs through the page from the top until focus comes round again; every stop on the way.
 * The header's File and Classroom menus are lazy chunks with disabled look-alikes until they
 * arrive, so the walk starts once both are in (English pages).
 */
async function tabAround(page: Page, limit = 600): Promise<FocusStop[]> {
  for (const name of [/^Classroom/, /^File$/]) {
    const menu = page.getByRole('button', { name });
    await expect.poll(() => menu.isEnabled(), { timeout: 30_000 }).toBe(true);
  }
  const stops: FocusStop[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop && stops.length > 0 && stop.what === stops[0]?.what) break;
    if (stop) stops.push(stop);
  }
  return stops;
}

const poorlyVisible = (stops: FocusStop[]) =>
  stops
    .filter((s) => s.outlineWidth < 2 || s.contrast < 3)
    .map((s) => `${s.what} (${s.outlineWidth}px, ${s.contrast}:1)`);

describe.skipIf(skipE2E)(
  'keyboard: everything reachable and operable, focus always visible',
  () => {
    useBrowser();

    it('should reach every control of the first-run screen with a visible focus', async () => {
      const { page } = await openApp({ lang: 'en' });
      await page.locator('.first-run').waitFor();
      const stops = await tabAround(page);
      expect(stops.length).toBeGreaterThan(5);
      expect(poorlyVisible(stops)).toEqual([]);
      expect(await unreachedControls(page)).toEqual([]);
    });

    it('should reach every control of a full board with a visible focus', async () => {
      const { page } = await openExampleBoard({ viewport: { width: 1280, height: 800 } });
      const stops = await tabAround(page);
      expect(stops.length).toBeGreaterThan(50);
      expect(poorlyVisible(stops)).toEqual([]);
      expect(await unreachedControls(page)).toEqual([]);
    });

    it('should hold focus inside each dialog and give it back to the control that opened it', async () => {
      const { page } = await openExampleBoard({ viewport: { width: 1280, height: 800 } });
      const card = page.locator('.segment-card').first();
      const classroom = page.getByRole('button', { name: /^Classroom/ });
      // [dialog, the control that opens it, how many Tabs down its menu the item is]
      const openers: [string, Locator, number][] = [
        ['segment', card.getByRole('button', { name: /^Edit/ }), 0],
        ['workbench', card.getByRole('button', { name: /^Relationships/ }), 0],
        ['scenario', card.getByRole('button', { name: /^What if\?/ }), 0],
        ['channels', page.getByRole('button', { name: 'All channels' }), 0],
        ['library', page.getByRole('button', { name: 'Canvases' }), 0],
        ['gallery', classroom, 1],
        ['presentation', classroom, 2],
      ];
      const modal = page.locator('dialog[open], [role="dialog"][aria-modal="true"]');
      for (const [dialog, opener, menuTabs] of openers) {
        await opener.focus();
        await page.keyboard.press('Enter');
        for (let i = 0; i < menuTabs; i++) await page.keyboard.press('Tab');
        if (menuTabs > 0) await page.keyboard.press('Enter');
        await modal.first().waitFor();
        const stops: FocusStop[] = [];
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const stop = await focusStop(page);
          if (stop) stops.push(stop);
        }
        expect(
          stops.filter((s) => !s.insideDialog).map((s) => s.what),
          dialog,
        ).toEqual([]);
        expect(poorlyVisible(stops), dialog).toEqual([]);
        await page.keyboard.press('Escape');
        await modal.first().waitFor({ state: 'detached' });
        await expect.poll(() => isFocused(opener), { message: dialog }).toBe(true);
      }
    });

    it('should move notes with their buttons and by keyboard drag and drop', async () => {
      const { page } = await openExampleBoard();
      const before = await noteTexts(page, 'keyPartners');
      expect(before.length).toBeGreaterThanOrEqual(3);
      const [first, second, third] = before;

      const partners = page.locator('[data-block="keyPartners"]');
      await partners.getByRole('button', { name: 'Move down note 1' }).focus();
      await page.keyboard.press('Enter');
      expect(await noteTexts(page, 'keyPartners')).toEqual([
        second,
        first,
        third,
        ...before.slice(3),
      ]);

      // dnd-kit's keyboard sensor: pick up, move, drop, with words for screen readers
      const handle = partners.getByRole('button', { name: /^Move note 2 of/ });
      await handle.focus();
      const said = (text: RegExp) => page.getByText(text).waitFor({ state: 'attached' });
      await page.keyboard.press('Space');
      await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
      // dnd-kit starts listening for arrow keys a task after the pick-up; on a loaded machine
      // a key pressed at once can come before that and go unseen, so it is pressed again.
      const overThird = page.getByText(/^Over position 3 of/);
      for (let attempt = 0; attempt < 5 && (await overThird.count()) === 0; attempt++) {
        await page.keyboard.press('ArrowDown');
        await overThird.waitFor({ state: 'attached', timeout: 2000 }).catch(() => undefined);
      }
      await said(/^Over position 3 of/);
      await page.keyboard.press('Space');
      await expect
        .poll(() => noteTexts(page, 'keyPartners'))
        .toEqual([second, third, first, ...before.slice(3)]);
      await said(/^Note dropped at position 3 of/);
    });

    it('should announce new and resolved findings in a polite live region', async () => {
      const { page } = await openApp({ lang: 'en' });
      await page.getByRole('button', { name: 'Start a blank canvas' }).click();
      // the results panel (and its live region) mounts just after the first screen
      const region = page.locator('.results-panel [role="status"][aria-live="polite"]');
      await region.waitFor({ state: 'attached' });
      await addSegment(page, 'Evening students');
      await expect.poll(() => region.textContent()).toMatch(/\bnew (error|warning|hint)s?\b/);

      // taking the segment away again (its name, then the segment) resolves them
      const undo = page.getByRole('button', { name: 'Undo' });
      while ((await page.locator('.segment-card').count()) > 0) await undo.click();
      await expect.poll(() => region.textContent()).toMatch(/\bresolved\b/);
    });

    it('should stop movement when the system asks for reduced motion', async () => {
      const longestMotion = (page: Page) =>
        page.evaluate(() => {
          const seconds = (list: string) =>
            Math.max(
              ...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)),
            );
          return Math.max(
            ...[...document.querySelectorAll('*')].map((el) => {
              const style = getComputedStyle(el);
              return Math.max(seconds(style.transitionDuration), seconds(style.animationDuration));
            }),
          );
        });
      const startTour = async (page: Page) => {
        await page.getByRole('button', { name: /^Classroom/ }).click();
        await page.getByRole('button', { name: 'Guided tour', exact: true }).click();
        await page.locator('.guide-ring').waitFor({ state: 'attached' });
      };

      const moving = await openExampleBoard();
      await startTour(moving.page);
      expect(await longestMotion(moving.page)).toBeGreaterThan(0.1);

      const still = await openApp({ lang: 'en', reducedMotion: 'reduce' });
      await still.page.getByRole('button', { name: /^Open a copy Nespresso/ }).click();
      await startTour(still.page);
      expect(await longestMotion(still.page)).toBeLessThan(0.001);
    });
  },
);
