import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { skipE2E, useBrowser } from './support/browser';
import { closeModal, modal, openExampleBoard } from './support/screens';

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

// While an editor is open the board behind it is not rendered (theme.css, useBoardCanvas): these
// are the things a user would notice if that went wrong.
describe.skipIf(skipE2E)('the board behind an editor', () => {
  useBrowser();

  it('should stay where the user left it and show the edit once the editor closes', async () => {
    const { page } = await openExampleBoard({ viewport: { width: 1280, height: 800 } });
    const card = page.locator('.segment-card').last();
    const edit = card.getByRole('button', { name: /^Edit/ });
    await edit.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 150));
    const before = await scrollY(page);
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
