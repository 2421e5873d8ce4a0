import { detectLanguage, LANGUAGES } from '@/i18n/languages';
import { loadLanguagePreference } from '@/persistence/preferences';

/** The remembered choice if still supported, else the browser's preference. */
export function initialLanguage(): string {
  const stored = loadLanguagePreference();
  if (stored && LANGUAGES.includes(stored)) return stored;
  return detectLanguage(navigator.languages ?? [navigator.language]);
}
