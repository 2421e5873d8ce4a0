import { useTranslation } from '@/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';

import { usePersistenceStatus, type SaveFailure } from '@/store/persistenceStatus';
import { resolveSaveConflict, retrySaving } from '@/persistence/startPersistence';

import { DownloadBackupButton } from './DownloadBackupButton';
import { ReportNotice } from './ReportNotice';
import './PersistenceNotices.css';

const FAILURE_KEYS = {
  quota: { title: 'recovery:notice.quota.title', body: 'recovery:notice.quota.body' },
  unknown: { title: 'recovery:notice.unknown.title', body: 'recovery:notice.unknown.body' },
  offline: { title: 'recovery:notice.offline.title', body: 'recovery:notice.offline.body' },
  protected: {
    title: 'recovery:notice.protected.title',
    body: 'recovery:notice.protected.body',
  },
} as const satisfies Partial<Record<SaveFailure, { title: string; body: string }>>;

/** Everything about saved work that needs the user: blocked storage, failed saves, conflicts, load problems. */
export function PersistenceNotices() {
  const { t } = useTranslation();
  const { storage, failure, conflicts, reports, phase } = usePersistenceStatus(
    useShallow(({ storage, failure, conflicts, reports, phase }) => ({
      storage,
      failure,
      conflicts,
      reports,
      phase,
    })),
  );
  if (phase !== 'ready') return null;
  const failureKeys =
    failure === 'quota' || failure === 'unknown' || failure === 'offline' || failure === 'protected'
      ? FAILURE_KEYS[failure]
      : null;
  return (
    <div className="persistence-notices" role="region" aria-label={t('recovery:notice.region')}>
      {storage === 'blocked' && (
        <section className="persistence-notice persistence-notice--error" role="alert">
          <p className="persistence-notice__title">
            <span aria-hidden="true">⚠</span> {t('recovery:notice.blocked.title')}
          </p>
          <p>{t('recovery:notice.blocked.body')}</p>
          <div className="persistence-notice__actions">
            <DownloadBackupButton />
          </div>
        </section>
      )}
      {storage !== 'blocked' && failureKeys && (
        <section className="persistence-notice persistence-notice--error" role="alert">
          <p className="persistence-notice__title">
            <span aria-hidden="true">⚠</span> {t(failureKeys.title)}
          </p>
          <p>{t(failureKeys.body)}</p>
          <div className="persistence-notice__actions">
            <DownloadBackupButton />
            {/* A browser keeps a failed chunk as failed: only a reload fetches it again. */}
            {failure !== 'protected' && failure !== 'offline' && (
              <button type="button" className="button button--small" onClick={retrySaving}>
                {t('persistence:action.retry')}
              </button>
            )}
          </div>
        </section>
      )}
      {conflicts.map((conflict) => {
        const name = conflict.name.trim() || t('persistence:unnamed');
        return (
          <section
            key={conflict.canvasId}
            className="persistence-notice persistence-notice--error"
            role="alert"
          >
            <p className="persistence-notice__title">
              <span aria-hidden="true">⚠</span> {t('recovery:notice.conflict.title', { name })}
            </p>
            <p>{t('recovery:notice.conflict.body')}</p>
            <div className="persistence-notice__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => resolveSaveConflict(conflict.canvasId, 'mine')}
              >
                {t('persistence:action.keepMine')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => resolveSaveConflict(conflict.canvasId, 'theirs')}
              >
                {t('persistence:action.loadTheirs')}
              </button>
              <DownloadBackupButton />
            </div>
          </section>
        );
      })}
      {reports.map((report) => (
        <ReportNotice key={`${report.canvasId}:${report.kind}`} report={report} />
      ))}
    </div>
  );
}
