import { useEffect } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { LANGUAGES } from '@/i18n/languages';
import { STORAGE_KEYS } from '@/persistence/storageKeys';

/**
 * Follows a language chosen in another tab of this browser, in place: no reload, so open
 * dialogs, typed drafts and the undo history stay as they are.
 */
// Spec decision: the language is one preference per browser, so every open tab follows it.
export function useLanguageOfOtherTabs() {
  const { i18n } = useTranslation();
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      const language = event.newValue;
      if (event.key !== STORAGE_KEYS.language || language === null) return;
      if (LANGUAGES.includes(language) && language !== i18n.language)
        void i18n.changeLanguage(language);
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, [i18n]);
}
