import i18next, { type BackendModule, type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { registerFormatters } from './formatters';
import {
  FALLBACK_LANGUAGE,
  FIRST_SCREEN_NAMESPACES,
  LATER_NAMESPACES,
  LOCALES,
  NAMESPACES,
  type LocaleTable,
} from './languages';
import { forgetSharedTexts } from './sharedT';

/** Loads `/locales/<lng>/<ns>.json` on demand, so each language is its own chunk. */
export function createLocaleBackend(locales: LocaleTable): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(lng, ns, callback) {
      const load = locales.get(lng)?.get(ns);
      if (!load) {
        callback(null, {});
        return;
      }
      load().then(
        (mod) => callback(null, mod.default),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), null),
      );
    },
  };
}

/**
 * What a user sees for a key missing from their language AND from English: the caller's
 * default if it gave one, else nothing; never the raw `ns:key`.
 */
export function hideMissingKey(_key: string, defaultValue?: string): string {
  return defaultValue ?? '';
}

type OptionsFor = {
  /** Production hides missing keys; development shows them, so they get noticed. */
  production?: boolean;
  namespaces?: string[];
  /** Leave the fallback language out until `loadFallbackLanguage()` (see startI18n). */
  deferFallback?: boolean;
};

let fallbackLoaded = false;
const deferredFallback = () => (fallbackLoaded ? [FALLBACK_LANGUAGE] : []);

export function i18nOptions(
  language: string,
  {
    production = import.meta.env.PROD,
    namespaces = NAMESPACES,
    deferFallback = false,
  }: OptionsFor = {},
): InitOptions {
  return {
    lng: language,
    fallbackLng: deferFallback ? deferredFallback : FALLBACK_LANGUAGE,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already
    // i18next's defaults, stated: when they are, it skips checking on every t() call whether a
    // key reads like a sentence (a regular expression per call, ~15 % of the first render).
    keySeparator: '.',
    nsSeparator: ':',
    returnNull: false,
    ...(production ? { parseMissingKeyHandler: hideMissingKey } : {}),
    react: { useSuspense: false },
    // Start loading texts inside init, not on a timer that waits for a busy main thread.
    initAsync: false,
  };
}

/** Starts i18next in `language` and resolves once every namespace is loaded. */
export async function initI18n(language: string, options: OptionsFor = {}) {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  await i18next
    .use(createLocaleBackend(LOCALES))
    .use(initReactI18next)
    .init(i18nOptions(language, options));
  registerFormatters(i18next);
  return i18next;
}

/**
 * The app's start: only the first screen's namespaces, in the user's language. The rest loads
 * after the first screen (`loadAfterFirstScreen`): the other namespaces, and the fallback
 * language, a safety net since both languages are complete (tests/i18n). Modules loaded on
 * demand bring the namespaces they use along (`withNamespaces`), should they come first.
 */
export const startI18n = (language: string) =>
  initI18n(language, { namespaces: FIRST_SCREEN_NAMESPACES, deferFallback: true });

/** Loads the fallback language and lets missing keys use it from now on. */
export async function loadFallbackLanguage(instance = i18next) {
  await instance.loadLanguages(FALLBACK_LANGUAGE);
  fallbackLoaded = true;
  // Texts remembered while English was out may have been missing: they may exist now.
  forgetSharedTexts();
}

/** Everything startI18n left out. */
export async function loadAfterFirstScreen(instance = i18next) {
  await instance.loadNamespaces(LATER_NAMESPACES);
  await loadFallbackLanguage(instance);
}

/** A lazy module's loader that also loads the texts the first screen left out. */
export function withNamespaces<M>(load: () => Promise<M>, namespaces = LATER_NAMESPACES) {
  return async (): Promise<M> =>
    (await Promise.all([load(), i18next.loadNamespaces(namespaces)]))[0];
}

export { i18next };
