import { describe, expect, it } from 'vitest';

import { skipE2E, useBrowser } from './support/browser';
import { modal, openExampleBoard } from './support/screens';

// An editor's fields sit in forms of their own (FieldGroup); a form whose one text field gets
// Enter is submitted by the browser, which would reload the page over the open editor.
describe.skipIf(skipE2E)('Enter in an editor field', () => {
  useBrowser();

  it('should keep the editor open and the number typed', async () => {
    const { page } = await openExampleBoard();
    await page
      .locator('.segment-card')
      .first()
      .getByRole('button', { name: /^Relationships/ })
      .click();
    const workbench = await modal(page);
    await workbench.getByRole('tab', { name: 'Get, keep, grow' }).click();
    // a get or keep tactic: its monthly cost is the one text field of its form
    const cost = workbench.getByLabel('Monthly cost').first();
    // what became of each submission, read after the app's handlers have run
    await page.evaluate(() => {
      const w = window as { submits?: boolean[] };
      w.submits = [];
      window.addEventListener('submit', (event) => w.submits?.push(event.defaultPrevented));
    });

    await cost.fill('250');
    await cost.press('Enter');

    expect(await cost.inputValue()).toBe('250');
    expect(await cost.evaluate((el) => el === document.activeElement)).toBe(true);
    // the browser did submit, and the app kept the page
    expect(await page.evaluate(() => (window as { submits?: boolean[] }).submits)).toEqual([true]);
    await cost.press('Tab');
    await expect.poll(() => cost.inputValue()).toMatch(/^€?250/);
  });
});
