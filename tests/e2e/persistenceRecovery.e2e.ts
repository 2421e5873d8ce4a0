import { describe, expect, it } from 'vitest';

import {
  appReady,
  appStorage,
  download,
  FIXTURE_KEY,
  FIXTURE_TEXT,
  seedStorage,
} from './persistenceHelpers';
import { openApp, skipE2E, useBrowser } from './support/browser';

describe.skipIf(skipE2E)('render crash containment (#39)', () => {
  useBrowser();

  it('#39 shows a calm recovery screen, writes nothing more, and downloads the stored bytes', async () => {
    const { page } = await openApp({
      allowErrors: [/simulated crash/],
      init: async (context) => {
        await seedStorage(context, { [FIXTURE_KEY]: FIXTURE_TEXT });
        // A browser that cannot format numbers for a language: rendering numbers then throws.
        await context.addInitScript(() => {
          const flag = window as unknown as { __crash?: boolean };
          const fail = () => {
            throw new Error('simulated crash in Intl.NumberFormat');
          };
          Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
            construct: (target, args, newTarget) =>
              flag.__crash ? fail() : Reflect.construct(target, args, newTarget),
          });
          const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format');
          Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
            get() {
              return flag.__crash ? fail() : format?.get?.call(this);
            },
          });
        });
      },
    });
    await appReady(page);
    // Let the deferred parts of the first screen (results panel) render before arming the crash.
    await page.locator('.results-panel').first().waitFor();
    await page.waitForTimeout(500);
    const before = await appStorage(page);
    await page.evaluate(() => ((window as unknown as { __crash: boolean }).__crash = true));
    // The new note reaches the store (a save is scheduled); then the economics tab renders
    // figures and throws (a note alone re-renders no number since notes stopped re-rendering it).
    await page
      .locator('[data-block="keyActivities"]')
      .getByRole('button', { name: 'Add note' })
      .click();
    await page.getByRole('tab', { name: 'Economics' }).first().click();

    await page.getByRole('heading', { name: 'Something went wrong — your data is safe' }).waitFor();
    await page.waitForTimeout(1500); // longer than any save delay
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect(await appStorage(page)).toEqual(before);

    const file = await download(page, () =>
      page.getByRole('button', { name: 'Download my data' }).click(),
    );
    const dump = JSON.parse(file.text) as { format: string; items: Record<string, string> };
    expect(dump.format).toBe('vinculo-raw-storage');
    expect(dump.items[FIXTURE_KEY]).toBe(FIXTURE_TEXT);
  });
});
