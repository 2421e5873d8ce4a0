import { useTranslation } from '@/i18n/useTranslation';

import './PersistenceFooter.css';

/** The promise, always in view: where the work is kept, and how to keep it elsewhere. */
export function PersistenceFooter() {
  const { t } = useTranslation();
  return (
    <footer className="persistence-footer">
      <p>{t('persistence:footer')}</p>
    </footer>
  );
}
