import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openApp, openTab, skipE2E, useBrowser } from './support/browser';
import { modal, openExampleBoard } from './support/screens';

const WELCOME = {
  es: editorTexts('es').firstRun.title,
  en: editorTexts('en').firstRun.title,
};

function editorTexts(lng: string): { firstRun: { title: string } } {
  return JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../locales/${lng}/editor.json`), 'utf8'),
  );
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const spaces = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

/** Money as Intl writes it in `lng`, whole units from 100 up (the app's rule for amounts). */
const money = (value: number, currency: string, lng: string) => {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return spaces(
    new Intl.NumberFormat(lng, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value),
  );
};

const cardText = async (page: Page) =>
  spaces(await page.locator('.segment-card').first().textContent());

describe.skipIf(skipE2E)('language: detected, switchable at any time, remembered', () => {
  useBrowser();

  const DETECTED: [string, 'es' | 'en'][] = [
    ['es-MX', 'es'],
    ['es-ES', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
  ];
  for (const [browserLanguage, expected] of DETECTED) {
    it(`should start in ${expected} for a browser in ${browserLanguage}`, async () => {
      const { page } = await openApp({ lang: browserLanguage });
      await page.getByRole('heading', { name: WELCOME[expected] }).waitFor();
      expect(await htmlLang(page)).toBe(expected);
      const label = expected === 'es' ? 'Idioma' : 'Language';
      expect(await page.getByRole('combobox', { name: label }).inputValue()).toBe(expected);
    });
  }

  it('should switch, update <html lang> and the numbers, and remember the choice', async () => {
    const { page } = await openExampleBoard({ lang: 'en' });
    expect(await cardText(page)).toContain(`${money(25, 'EUR', 'en')} a month`);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { name: 'Segmentos de clientes' }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    // 400 000 customers and €25: Spanish grouping, decimal comma, euro sign after the number
    const text = await cardText(page);
    expect(text).toContain(`${spaces(new Intl.NumberFormat('es').format(400000))} clientes`);
    expect(text).toContain(`${money(25, 'EUR', 'es')} al mes`);

    await page.reload();
    await page.getByRole('heading', { name: 'Segmentos de clientes' }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { name: 'Customer segments' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
  });

  it("should show every amount in the canvas's currency, in the interface language", async () => {
    const { page } = await openExampleBoard({ lang: 'en' });
    await page.getByRole('button', { name: 'Canvases' }).click();
    const library = await modal(page, 'Your canvases');
    await library.getByRole('combobox', { name: 'Currency' }).selectOption('MXN');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await cardText(page)).toContain(`${money(25, 'MXN', 'en')} a month`);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { name: 'Segmentos de clientes' }).waitFor();
    expect(await cardText(page)).toContain(`${money(25, 'MXN', 'es')} al mes`);
  });

  it('should switch mid-edit without losing typed text, drafts or edits', async () => {
    const app = await openExampleBoard({ lang: 'en' });
    const { page } = app;
    await page.locator('.segment-card').first().getByRole('button', { name: /^Edit/ }).click();
    const dialog = await modal(page, 'Customer segment');
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.fill('Neighbourhood caf');
    const size = dialog.getByRole('textbox', { name: 'Size (customers)' });
    await size.fill('12x');
    await dialog.getByText('Enter a number, for example 1250 or 12.5.').waitFor();
    await name.focus();
    await page.keyboard.type('és');

    // the dialog is modal, so the language is switched from a second tab of the same browser
    const other = await openTab(app);
    await other.getByRole('combobox', { name: 'Language' }).selectOption('es');

    const spanish = await modal(page, 'Segmento de clientes');
    expect(await htmlLang(page)).toBe('es');
    const nombre = spanish.getByRole('textbox', { name: 'Nombre' });
    expect(await nombre.inputValue()).toBe('Neighbourhood cafés');
    expect(await nombre.evaluate((el) => el === document.activeElement)).toBe(true);
    const tamano = spanish.getByRole('textbox', { name: 'Tamaño (clientes)' });
    expect(await tamano.inputValue()).toBe('12x');
    await spanish.getByText('Escribe un número, por ejemplo 1250 o 12,5.').waitFor();

    // carry on in Spanish: a Spanish thousands separator is read as one
    await nombre.press('End');
    await page.keyboard.type(' del barrio');
    await tamano.fill('1.500');
    await spanish.getByRole('button', { name: 'Listo' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const card = await cardText(page);
    expect(card).toContain('Neighbourhood cafés del barrio');
    expect(card).toContain(`${spaces(new Intl.NumberFormat('es').format(1500))} clientes`);
  });

  it('should keep a note being typed on the board when the language changes', async () => {
    const { page } = await openExampleBoard({ lang: 'en' });
    const partners = page.locator('[data-block="keyPartners"]');
    await partners.getByRole('button', { name: 'Add note' }).click();
    await partners.getByRole('textbox').last().fill('Coffee growers’ cooperative');
    // A textarea's text is its value (its text content is only what it started with).
    const typed = () =>
      partners
        .getByRole('textbox')
        .evaluateAll((boxes) =>
          boxes.some((box) => (box as HTMLTextAreaElement).value === 'Coffee growers’ cooperative'),
        );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { name: 'Socios clave' }).waitFor();
    await expect.poll(typed).toBe(true);
    // the change is one step of the history, as before the switch
    await page.getByRole('button', { name: /Deshacer/ }).click();
    await expect.poll(typed).toBe(false);
  });
});
