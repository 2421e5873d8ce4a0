import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { skipE2E, useBrowser } from './support/browser';
import { openExampleBoard } from './support/screens';

/** Notes of a block, top to bottom. */
const noteTexts = (page: Page, block: string) =>
  page.locator(`[data-block="${block}"] .note__text`).allTextContents();

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe.skipIf(skipE2E)('notes: drag and drop with a pointer', () => {
  useBrowser();

  it('should move a note by dragging its handle, the list joining drag and drop only near a handle', async () => {
    const { page } = await openExampleBoard({ viewport: { width: 1280, height: 800 } });
    const before = await noteTexts(page, 'keyPartners');
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = before;
    const partners = page.locator('[data-block="keyPartners"]');
    const handle = partners.getByRole('button', { name: /^Move note 1 of/ });
    const away = partners.getByRole('heading').first();

    // Drag and drop loads after the first screen; the pointer on a handle makes it ready.
    await expect
      .poll(
        async () => {
          await away.hover();
          await handle.hover();
          return handle.getAttribute('aria-roledescription');
        },
        { timeout: 30_000 },
      )
      .toBe('sortable');
    await away.hover();
    await expect.poll(() => handle.getAttribute('aria-roledescription')).toBe(null);

    const from = await centreOf(handle);
    const target = await centreOf(partners.locator('li.note').nth(2));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // In steps, as a hand moves: dnd-kit starts the drag after a few pixels of travel.
    await page.mouse.move(from.x, from.y + 10, { steps: 5 });
    await page.mouse.move(from.x, target.y + 4, { steps: 15 });
    await page.mouse.up();
    await expect
      .poll(() => noteTexts(page, 'keyPartners'))
      .toEqual([second, third, first, ...before.slice(3)]);
  });
});
