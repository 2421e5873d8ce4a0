import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { registerFormatters } from './formatters';
import { FALLBACK_LANGUAGE, LOCALES, NAMESPACES } from './languages';

/** Loads `/locales/<lng>/<ns>.json` on demand, so each language is its own chunk. */
const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    const load = LOCALES.get(lng)?.get(ns);
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (mod) => callback(null, mod.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Starts i18next in `language` and resolves once every namespace is loaded. */
export async function initI18n(language: string) {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  await i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
      // in production, never show a raw key: fall back to English, then to an empty string
      parseMissingKeyHandler: import.meta.env.PROD ? () => '' : undefined,
      react: { useSuspense: false },
    });
  registerFormatters(i18next);
  return i18next;
}

export { i18next };
