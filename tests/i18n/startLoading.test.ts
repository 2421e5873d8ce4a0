import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { createLocaleBackend, i18nOptions, loadFallbackLanguage } from '@/i18n/config';
import {
  FIRST_SCREEN_NAMESPACES,
  indexLocaleModules,
  NAMESPACES,
  LATER_NAMESPACES,
} from '@/i18n/languages';
import { prefetchFirstScreenTexts } from '@/i18n/prefetchTexts';

import { moduleMap } from './localeFiles';

describe('what the app loads before its first screen', () => {
  it('should leave the fallback language for later, and use it once loaded', async () => {
    const requested: string[] = [];
    const table = indexLocaleModules(
      Object.fromEntries(
        Object.entries(
          moduleMap({
            en: { common: { save: 'Save', onlyInEnglish: 'Only in English' } },
            es: { common: { save: 'Guardar' } },
          }),
        ).map(([path, load]) => [path, () => (requested.push(path), load())]),
      ),
    );
    const instance = i18next.createInstance().use(createLocaleBackend(table));
    await instance.init(
      i18nOptions('es', { production: true, namespaces: ['common'], deferFallback: true }),
    );
    expect(requested).toEqual(['/locales/es/common.json']);
    expect(instance.t('common:save')).toBe('Guardar');
    expect(instance.t('common:onlyInEnglish')).toBe('');

    await loadFallbackLanguage(instance);
    expect(requested).toContain('/locales/en/common.json');
    expect(instance.t('common:onlyInEnglish')).toBe('Only in English');
  });

  it('should split the namespaces between the first screen and after it', () => {
    expect([...FIRST_SCREEN_NAMESPACES, ...LATER_NAMESPACES].sort()).toEqual(NAMESPACES);
    for (const ns of LATER_NAMESPACES) expect(FIRST_SCREEN_NAMESPACES).not.toContain(ns);
  });

  it("should fetch only the first screen's texts in the user's language ahead of i18next", async () => {
    const requested: string[] = [];
    const texts = Object.fromEntries(
      ['common', 'editor', 'persistence', 'results'].map((ns) => [ns, { title: ns }]),
    );
    const table = indexLocaleModules(
      Object.fromEntries(
        Object.entries(moduleMap({ en: texts, es: texts })).map(([path, load]) => [
          path,
          () => (
            requested.push(path),
            path.includes('/editor') ? Promise.reject(new Error('offline')) : load()
          ),
        ]),
      ),
    );
    prefetchFirstScreenTexts('es', table);
    prefetchFirstScreenTexts('fr', table);
    expect(requested.sort()).toEqual(
      FIRST_SCREEN_NAMESPACES.map((ns) => `/locales/es/${ns}.json`).sort(),
    );
    // A failed download is left for i18next to report: nothing rejects unhandled.
    await new Promise((done) => setTimeout(done, 0));
  });
});
