import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, i18nOptions } from '@/i18n/config';
import { registerFormatters } from '@/i18n/formatters';
import { LOCALES, NAMESPACES } from '@/i18n/languages';

/** The real locale files, in a fresh instance per language. */
async function translatorIn(language: string) {
  const instance = i18next.createInstance();
  instance.use(createLocaleBackend(LOCALES));
  await instance.init(i18nOptions(language, { production: true, namespaces: NAMESPACES }));
  registerFormatters(instance);
  return instance.t;
}

// Intl writes non-breaking spaces inside numbers; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters inside locale strings', () => {
  it('should write money in the canvas currency, the Spanish way', async () => {
    const t = await translatorIn('es');
    expect(plain(t('workbench:cost.total', { total: 1234.5, currency: 'MXN' }))).toBe(
      'Cuesta 1235 MXN al mes',
    );
    expect(plain(t('workbench:cost.total', { total: 4.5, currency: 'EUR' }))).toBe(
      'Cuesta 4,50 € al mes',
    );
  });

  it('should write money the English way', async () => {
    const t = await translatorIn('en');
    expect(t('workbench:cost.total', { total: 4.5, currency: 'EUR' })).toBe('Costs €4.50 a month');
    expect(t('workbench:cost.total', { total: 12345, currency: 'USD' })).toBe(
      'Costs $12,345 a month',
    );
  });

  it('should write percentages and decimals in the interface language', async () => {
    const es = await translatorIn('es');
    const en = await translatorIn('en');
    expect(plain(es('workbench:value.percent', { value: 0.0321 }))).toBe('3,2 %');
    expect(en('workbench:value.percent', { value: 0.0321 })).toBe('3.2%');
    expect(es('workbench:value.number', { value: 12345.678 })).toBe('12.345,68');
    expect(en('workbench:value.number', { value: 12345.678 })).toBe('12,345.68');
  });

  it('should join translated, lower-cased labels as a sentence list', async () => {
    const es = await translatorIn('es');
    const en = await translatorIn('en');
    const list = 'awareness,purchase,after_sales';
    expect(es('editor:channels.phases', { list })).toBe('Cubre: información, compra y posventa');
    expect(en('editor:channels.phases', { list })).toBe(
      'Covers: awareness, purchase, and after-sales',
    );
  });
});
