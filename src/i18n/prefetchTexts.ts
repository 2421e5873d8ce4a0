import { FIRST_SCREEN_NAMESPACES, LOCALES, type LocaleTable } from './languages';

/**
 * Starts fetching the first screen's texts in `language`. i18next's backend later asks for the
 * same modules (createLocaleBackend) and gets these downloads, not new ones.
 */
export function prefetchFirstScreenTexts(language: string, table: LocaleTable = LOCALES) {
  for (const ns of FIRST_SCREEN_NAMESPACES)
    table
      .get(language)
      ?.get(ns)?.()
      .catch(() => {
        // i18next reads the file again and reports a failure itself.
      });
}
