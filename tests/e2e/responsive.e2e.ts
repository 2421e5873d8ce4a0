import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { SCREENSHOT_DIR, skipE2E, useBrowser } from './support/browser';
import { closeModal, openExampleBoard } from './support/screens';

const SCREENS_DIR = resolve(SCREENSHOT_DIR, 'screens');

const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  laptop: { width: 1280, height: 800 },
  projector: { width: 1920, height: 1080 },
} as const;

/** How far the page can be scrolled sideways (0 when nothing overflows the viewport). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Saves a screenshot: the whole page, or just the viewport while a dialog covers it. */
async function shoot(page: Page, name: string, fullPage = true) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS_DIR, `${name}.png`), fullPage });
}

/**
 * Elements poking out sideways from `root` (the open dialog, or the page). Inside a box that
 * clips or scrolls sideways (a visually hidden text, a wide table that scrolls on purpose) only
 * that box counts.
 */
const sticksOut = (page: Page, root: string) =>
  page.evaluate((selector) => {
    const container = document.querySelector(selector);
    if (!container) throw new Error(`nothing matches ${selector}`);
    const edge = container.getBoundingClientRect();
    const insideClippingBox = (el: Element) => {
      for (let node = el.parentElement; node && node !== container; node = node.parentElement)
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      return false;
    };
    return [...container.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false; // screen-reader-only boxes
        return (box.right > edge.right + 1 || box.left < edge.left - 1) && !insideClippingBox(el);
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      );
  }, root);

/** Left edges and widths of the nine blocks, in board order. */
const blockBoxes = (page: Page) =>
  page.locator('.canvas-board [data-block]').evaluateAll((blocks) =>
    blocks.map((block) => {
      const { left, top, width } = block.getBoundingClientRect();
      return { left: Math.round(left), top: Math.round(top), width: Math.round(width) };
    }),
  );

describe.skipIf(skipE2E)('responsive: the canvas works from phone to projector', () => {
  useBrowser();

  /** Opens a dialog, checks nothing sticks out of it or the page, saves a screenshot, closes it. */
  async function checkDialog(page: Page, name: string, open: () => Promise<void>) {
    await open();
    await page.locator('dialog[open]').waitFor();
    expect(await sidewaysOverflow(page), name).toBeLessThanOrEqual(0);
    expect(await sticksOut(page, 'dialog[open]'), name).toEqual([]);
    await shoot(page, name, false);
    await closeModal(page);
  }

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`should fit the board, results and editors at ${viewport.width}×${viewport.height} (${size})`, async () => {
      const { page } = await openExampleBoard({ viewport });
      expect(await sidewaysOverflow(page), 'board').toBeLessThanOrEqual(0);
      expect(await sticksOut(page, '.canvas-board'), 'board').toEqual([]);
      await shoot(page, `${size}-board`);

      const blocks = await blockBoxes(page);
      expect(blocks).toHaveLength(9);
      const lefts = new Set(blocks.map((b) => b.left));
      if (viewport.width < 900) {
        // a readable stack: one full-width block under the other, in reading (and tab) order
        expect(lefts.size).toBe(1);
        for (const block of blocks) expect(block.width).toBe(blocks[0]?.width);
        for (const [i, block] of blocks.entries())
          if (i > 0) expect(block.top).toBeGreaterThan(blocks[i - 1]?.top ?? 0);
      } else {
        expect(lefts.size).toBeGreaterThanOrEqual(5); // Osterwalder's five columns
      }

      const results = page.getByRole('tablist', { name: 'Results views' });
      for (const tab of ['Economics', 'Compare']) {
        await results.getByRole('tab', { name: tab, exact: true }).click();
        expect(await sidewaysOverflow(page), `results: ${tab}`).toBeLessThanOrEqual(0);
        expect(await sticksOut(page, '.results-panel'), `results: ${tab}`).toEqual([]);
        await page.locator('.results-panel').screenshot({
          path: resolve(SCREENS_DIR, `${size}-results-${tab.toLowerCase()}.png`),
        });
      }

      const card = page.locator('.segment-card').first();
      for (const tab of ['Relationships', 'Get, keep, grow', 'Guiding questions', 'Economics']) {
        await checkDialog(
          page,
          `${size}-workbench-${tab.replace(/\W+/g, '-').toLowerCase()}`,
          async () => {
            await card.getByRole('button', { name: /^Relationships/ }).click();
            await page.getByRole('dialog').getByRole('tab', { name: tab, exact: true }).click();
          },
        );
      }
      await checkDialog(page, `${size}-segment-dialog`, () =>
        card.getByRole('button', { name: /^Edit/ }).click(),
      );
      await checkDialog(page, `${size}-channels-dialog`, () =>
        page.getByRole('button', { name: 'All channels' }).click(),
      );
      await checkDialog(page, `${size}-scenario-dialog`, () =>
        card.getByRole('button', { name: /^What if\?/ }).click(),
      );
      await checkDialog(page, `${size}-library-dialog`, () =>
        page.getByRole('button', { name: 'Canvases' }).click(),
      );
      await checkDialog(page, `${size}-gallery`, async () => {
        await page.getByRole('button', { name: /^Classroom/ }).click();
        await page.getByRole('button', { name: 'Examples gallery', exact: true }).click();
      });
    });
  }

  it('should fit the longer Spanish texts on a phone', async () => {
    const { page } = await openExampleBoard({ lang: 'es', viewport: SIZES.phone });
    expect(await sidewaysOverflow(page), 'board').toBeLessThanOrEqual(0);
    expect(await sticksOut(page, '.canvas-board'), 'board').toEqual([]);
    expect(await sticksOut(page, '.app-header'), 'header').toEqual([]);
    await shoot(page, 'phone-es-board');
    const card = page.locator('.segment-card').first();
    for (const tab of [
      'Relaciones',
      'Conseguir, mantener, hacer crecer',
      'Preguntas guía',
      'Economía',
    ]) {
      await checkDialog(
        page,
        `phone-es-workbench-${tab.replace(/\W+/g, '-').toLowerCase()}`,
        async () => {
          await card.getByRole('button', { name: /^Relaciones/ }).click();
          await page.getByRole('dialog').getByRole('tab', { name: tab, exact: true }).click();
        },
      );
    }
    await checkDialog(page, 'phone-es-segment-dialog', () =>
      card.getByRole('button', { name: /^Editar/ }).click(),
    );
  });
});
