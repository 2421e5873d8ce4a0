import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { BLOCK_TITLES } from '../support/blockTitles';
import { compact, readPdfText } from './classroomPdf';
import { openApp, SCREENSHOT_DIR, skipE2E, useBrowser } from './support/browser';

type ExampleTexts = Record<
  string,
  { name: string; segments: Record<string, { name: string }>; channels: Record<string, string> }
>;
const EXAMPLES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../locales/en/examples.json'), 'utf8'),
) as ExampleTexts;

/** Opens a copy of Nespresso and prints it; window.print is stubbed, page.pdf() is the printer. */
async function printExample(page: Page, extraPages: string[]) {
  const example = EXAMPLES.nespresso;
  if (!example) throw new Error('no Nespresso example');
  await page.getByRole('button', { name: /^Classroom/ }).click();
  await page.getByRole('button', { name: 'Examples gallery', exact: true }).click();
  await page.getByRole('button', { name: `Open a copy of ${example.name}` }).click();
  await page.getByRole('button', { name: /^Classroom/ }).click();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Print' });
  for (const label of extraPages) await dialog.getByRole('checkbox', { name: label }).check();
  await dialog.getByRole('button', { name: 'Print', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  return example;
}

/** Records window.print() calls instead of opening the browser's print dialog. */
async function stubPrint(context: BrowserContext) {
  await context.addInitScript(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => {
      counter.printed += 1;
    };
  });
}

describe.skipIf(skipE2E)('classroom: print', () => {
  useBrowser();

  for (const format of ['A4', 'Letter'] as const) {
    it(`should print the canvas as a one-page landscape poster on ${format}`, async () => {
      const { page } = await openApp({ lang: 'en', init: stubPrint });
      const example = await printExample(page, []);
      const pdf = readPdfText(await page.pdf({ format, landscape: true, printBackground: true }));

      expect(pdf.pageCount).toBe(1);
      const text = compact(pdf.pages[0] ?? '');
      expect(text).toContain(compact(`${example.name} (copy)`));
      for (const block of BLOCK_TITLES.en) expect(text).toContain(compact(block).toUpperCase());
      for (const segment of Object.values(example.segments))
        expect(text).toContain(compact(segment.name));
      for (const channel of Object.values(example.channels))
        expect(text).toContain(compact(channel));
    });

    it(`should add the economics and findings pages on ${format}`, async () => {
      const { page } = await openApp({ lang: 'en', init: stubPrint });
      const example = await printExample(page, ['Economics of each segment', 'Findings']);
      if (format === 'A4') {
        // what the printer gets, as one long page (page.pdf ends printing, so this comes first)
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 1123, height: 794 });
        await page.screenshot({
          path: resolve(SCREENSHOT_DIR, 'classroom-print-a4.png'),
          fullPage: true,
        });
        await page.emulateMedia({ media: null });
      }
      const pdf = readPdfText(await page.pdf({ format, landscape: true, printBackground: true }));

      expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
      expect(compact(pdf.pages[0] ?? '')).toContain(compact(`${example.name} (copy)`));
      const economics = compact(pdf.pages[1] ?? '');
      expect(economics).toContain(compact('Economics of each segment'));
      expect(economics).toContain(compact('Lifetime value (LTV)'));
      const rest = compact(pdf.pages.slice(2).join(''));
      expect(rest).toContain('Findings');
      // each segment's break-even chart with the table of its points (§9.2: in print too)
      const afterPoster = compact(pdf.pages.slice(1).join(''));
      for (const segment of Object.values(example.segments)) {
        expect(afterPoster).toContain(compact(`Break-even of ${segment.name}`));
        expect(afterPoster).toContain(compact(`${segment.name} breaks even at`));
      }
      expect(afterPoster).toContain(compact('Customers Monthly margin Monthly cost'));
    });
  }

  it("should print the poster from the browser's own print command too", async () => {
    const { page } = await openApp({ lang: 'es' });
    await page.getByRole('button', { name: /^Aula/ }).click();
    await page.getByRole('button', { name: 'Galería de ejemplos', exact: true }).click();
    await page.getByRole('button', { name: /^Abrir una copia de Supermercado/ }).click();
    // the poster is fetched ahead while the page is idle; printing cannot wait for the network
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.includes('/PrintDocument-')),
        ),
      )
      .toBe(true);

    const pdf = readPdfText(
      await page.pdf({ format: 'A4', landscape: true, printBackground: true }),
    );

    expect(pdf.pageCount).toBe(1);
    const text = compact(pdf.pages[0] ?? '');
    expect(text).toContain(compact('SEGMENTOS DE CLIENTES'));
    expect(text).not.toContain(compact('Añadir nota'));
    await page.locator('.print-document').waitFor({ state: 'detached' });
  });
});
