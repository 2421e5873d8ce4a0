import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { skipE2E, useBrowser } from './support/browser';
import { closeModal, modal, openExampleBoard } from './support/screens';

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * The scroll position once layout has settled: cards use `content-visibility: auto`, so a card
 * that scrolls into view swaps its placeholder height for its real one on a later frame, and the
 * browser's scroll anchoring then moves scrollY. Reads until two frames in a row agree.
 */
async function settledScrollY(page: Page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    while (last !== window.scrollY) {
      last = window.scrollY;
      await frame();
      await frame();
    }
    return last;
  });
}

// While an editor is open the board behind it is not rendered (theme.css, useResults('board')): these
// are the things a user would notice if that went wrong.
describe.skipIf(skipE2E)('the board behind an editor', () => {
  useBrowser();

  it('should stay where the user left it and show the edit once the editor closes', async () => {
    const { page } = await openExampleBoard({ viewport: { width: 1280, height: 800 } });
    // The parts that load after the first screen change the header's height (the tour offer
    // wraps it at this width); scroll anchoring then moves scrollY, so wait for them first.
    await page.locator('.classroom-menu').waitFor();
    await page.locator('.workspace__results').waitFor();
    const card = page.locator('.segment-card').last();
    const edit = card.getByRole('button', { name: /^Edit/ });
    await edit.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 150));
    const before = await settledScrollY(page);
    expect(before).toBeGreaterThan(0);

    await edit.click();
    const dialog = await modal(page);
    await dialog.getByLabel('Name', { exact: true }).fill('Hotel chains');
    expect(await scrollY(page)).toBe(before);

    await closeModal(page);
    expect(await scrollY(page)).toBe(before);
    await expect.poll(() => card.textContent()).toContain('Hotel chains');
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => edit.isVisible()).toBe(true);
  });
});
