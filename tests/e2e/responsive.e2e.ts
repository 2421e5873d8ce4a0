import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { SCREENSHOT_DIR, skipE2E, useBrowser } from './support/browser';
import { closeModal, modal, openExampleBoard } from './support/screens';

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

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`should fit the board, results and workbench at ${viewport.width}×${viewport.height} (${size})`, async () => {
      const { page } = await openExampleBoard({ viewport });
      expect(await sidewaysOverflow(page), 'board').toBeLessThanOrEqual(0);
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
        await page.locator('.results-panel').screenshot({
          path: resolve(SCREENS_DIR, `${size}-results-${tab.toLowerCase()}.png`),
        });
      }

      await page
        .locator('.segment-card')
        .first()
        .getByRole('button', { name: /^Relationships/ })
        .click();
      const workbench = await modal(page);
      for (const tab of ['Relationships', 'Get, keep, grow', 'Guiding questions', 'Economics']) {
        await workbench.getByRole('tab', { name: tab, exact: true }).click();
        expect(await sidewaysOverflow(page), `workbench: ${tab}`).toBeLessThanOrEqual(0);
        const dialogOverflow = await workbench.evaluate((d) => d.scrollWidth - d.clientWidth);
        expect(dialogOverflow, `workbench dialog: ${tab}`).toBeLessThanOrEqual(0);
        await shoot(page, `${size}-workbench-${tab.replace(/\W+/g, '-').toLowerCase()}`, false);
      }
      await closeModal(page);
    });
  }
});
