import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, hideMissingKey, i18nOptions } from '@/i18n/config';
import { indexLocaleModules } from '@/i18n/languages';

import { moduleMap } from './localeFiles';

/** Spanish lacks one key that English has; neither has `common:nowhere`. */
const table = indexLocaleModules(
  moduleMap({
    en: { common: { save: 'Save', onlyInEnglish: 'Only in English' } },
    es: { common: { save: 'Guardar' } },
  }),
);

async function startIn(language: string, production: boolean) {
  const instance = i18next.createInstance();
  instance.use(createLocaleBackend(table));
  await instance.init(i18nOptions(language, { production, namespaces: ['common'] }));
  return instance;
}

describe('a missing key in production', () => {
  it('should fall back to English, then to nothing, never to the raw key', async () => {
    const { t } = await startIn('es', true);
    expect(t('common:save')).toBe('Guardar');
    expect(t('common:onlyInEnglish')).toBe('Only in English');
    expect(t('common:nowhere')).toBe('');
    expect(t('common:nowhere.deeper', { count: 2 })).toBe('');
  });

  it("should keep a caller's default text", async () => {
    const { t } = await startIn('es', true);
    expect(t('common:nowhere', { defaultValue: 'Texto por defecto' })).toBe('Texto por defecto');
    expect(hideMissingKey('common:nowhere', 'x')).toBe('x');
    expect(hideMissingKey('common:nowhere')).toBe('');
  });

  it('should show the key during development, so it gets noticed', async () => {
    const { t } = await startIn('es', false);
    expect(t('common:nowhere')).toContain('nowhere');
  });

  it('should be what the production build uses', () => {
    expect(i18nOptions('es', { production: true }).parseMissingKeyHandler).toBe(hideMissingKey);
    expect(i18nOptions('es', { production: false }).parseMissingKeyHandler).toBeUndefined();
  });
});
