import { describe, expect, it } from 'vitest';

import { BLOCK_TITLES } from '../support/blockTitles';
import { openApp, skipE2E, useBrowser } from './support/browser';

describe.skipIf(skipE2E)('smoke: the app loads', () => {
  useBrowser();

  for (const lang of ['es', 'en'] as const) {
    it(`should show the nine blocks in ${lang} with no errors`, async () => {
      const { page } = await openApp({ lang });
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      for (const title of BLOCK_TITLES[lang]) {
        await page
          .getByRole('heading', { name: title, exact: true })
          .first()
          .waitFor({ state: 'visible' });
      }
    });
  }

  it('should switch language, remember it and update <html lang>', async () => {
    const { page } = await openApp({ lang: 'en' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page
      .getByRole('heading', { name: 'Segmentos de clientes', exact: true })
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.reload();
    await page
      .getByRole('heading', { name: 'Segmentos de clientes', exact: true })
      .first()
      .waitFor();
  });
});
