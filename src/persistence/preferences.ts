import { readItem, writeItem } from './safeStorage';
import { STORAGE_KEYS } from './storageKeys';

export function loadLanguagePreference(): string | null {
  return readItem(STORAGE_KEYS.language);
}

export function saveLanguagePreference(language: string): void {
  writeItem(STORAGE_KEYS.language, language); // best effort: a lost preference is harmless
}
