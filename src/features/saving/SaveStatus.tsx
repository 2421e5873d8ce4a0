import { useTranslation } from '@/i18n/useTranslation';

import { useDisclosure } from '@/hooks/useDisclosure';
import { usePersistenceStatus } from '@/store/persistenceStatus';

import { DownloadBackupButton } from './DownloadBackupButton';
import { useSaveState } from './useSaveState';
import './SaveStatus.css';

const ICONS = { saved: '✓', pending: '…', failed: '⚠' } as const;

/** Header: whether the work is saved, and on demand where it lives and how to back it up. */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const { state, label } = useSaveState();
  const savedAt = usePersistenceStatus((s) => s.savedAt);
  const { open, toggle, rootRef, buttonRef, panelId } = useDisclosure();
  // Only while the panel shows it: building a DateTimeFormat on every save, while the user types,
  // cost more than the rest of the header's render.
  const time =
    !open || savedAt === null
      ? null
      : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(savedAt);
  return (
    <div className="save-status" ref={rootRef}>
      <button
        type="button"
        className={`save-status__button save-status__button--${state}`}
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span aria-hidden="true">{ICONS[state]}</span> {label}
      </button>
      {open && (
        <div
          id={panelId}
          className="save-status__panel"
          role="group"
          aria-label={t('persistence:status.label')}
        >
          <p>{t('persistence:promise')}</p>
          {time !== null && (
            <p className="save-status__time">{t('persistence:status.savedAt', { time })}</p>
          )}
          {time === null && state === 'saved' && (
            <p className="save-status__time">{t('persistence:status.allSaved')}</p>
          )}
          <DownloadBackupButton />
        </div>
      )}
    </div>
  );
}
