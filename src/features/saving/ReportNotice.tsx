import { useTranslation } from '@/i18n/useTranslation';

import { safeFileName } from '@/lib/fileName';
import { downloadText } from '@/lib/download';
import { dismissReport, type CanvasReport } from '@/store/persistenceStatus';
import { readRawItem } from '@/persistence/rawData';
import { getStorage } from '@/persistence/safeStorage';
import { canvasKey } from '@/persistence/storageKeys';

import { describeAdjustment, describePlace, describeProblem } from './problemText';
import { DownloadBackupButton } from './DownloadBackupButton';

const MAX_LISTED = 8;

const TEXT_KEYS = {
  repaired: {
    title: 'recovery:notice.repaired.title',
    body: 'recovery:notice.repaired.body',
  },
  adjusted: {
    title: 'recovery:notice.adjusted.title',
    body: 'recovery:notice.adjusted.body',
  },
  newer: { title: 'recovery:notice.newer.title', body: 'recovery:notice.newer.body' },
  unknown_fields: {
    title: 'recovery:notice.unknownFields.title',
    body: 'recovery:notice.unknownFields.body',
  },
  unreadable: {
    title: 'recovery:notice.unreadable.title',
    body: 'recovery:notice.unreadable.body',
  },
  invalid: { title: 'recovery:notice.invalid.title', body: 'recovery:notice.invalid.body' },
  migration_failed: {
    title: 'recovery:notice.migrationFailed.title',
    body: 'recovery:notice.migrationFailed.body',
  },
} as const satisfies Record<CanvasReport['kind'], { title: string; body: string }>;

/** What happened to one stored canvas at load, where, and what the user can do about it. */
export function ReportNotice({ report }: { report: CanvasReport }) {
  const { t, i18n } = useTranslation();
  const name = report.name?.trim() || t('persistence:unnamed');
  const keys = TEXT_KEYS[report.kind];
  const title =
    report.kind === 'unreadable' && !report.name?.trim()
      ? t('recovery:notice.unreadable.titleUnnamed')
      : t(keys.title, { name });
  const places = [
    ...report.problems.map((p) => describeProblem(p, i18n)),
    ...report.paths.map((path) => describePlace(path, i18n)),
    ...(report.adjustments ?? []).map((a) => describeAdjustment(a, i18n)),
  ];
  const downloadRaw = () => {
    const storage = getStorage();
    const raw =
      (report.backupKey && readRawItem(report.backupKey, storage)) ??
      readRawItem(canvasKey(report.canvasId), storage);
    if (raw !== null) downloadText(safeFileName(name, '.raw.txt', 'canvas'), raw, 'text/plain');
  };
  // a repair or an upgrade is done and kept: information, not a warning
  const isWarning = report.kind !== 'repaired' && report.kind !== 'adjusted';
  return (
    <section
      className={`persistence-notice persistence-notice--${isWarning ? 'error' : 'info'}`}
      aria-label={title}
    >
      <p className="persistence-notice__title">
        <span aria-hidden="true">{isWarning ? '⚠' : 'ℹ'}</span> {title}
      </p>
      <p>{t(keys.body, { name })}</p>
      {places.length > 0 && (
        <ul className="persistence-notice__list">
          {places.slice(0, MAX_LISTED).map((place, i) => (
            <li key={i}>{place}</li>
          ))}
          {places.length > MAX_LISTED && (
            <li>{t('exchange:import.error.more', { count: places.length - MAX_LISTED })}</li>
          )}
        </ul>
      )}
      <div className="persistence-notice__actions">
        {isWarning && (
          <button type="button" className="button button--small" onClick={downloadRaw}>
            {t('persistence:action.downloadRaw')}
          </button>
        )}
        <DownloadBackupButton />
        {(report.kind === 'newer' || report.kind === 'unknown_fields') && (
          <button
            type="button"
            className="button button--small"
            onClick={() => window.location.reload()}
          >
            {t('persistence:action.reload')}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => dismissReport(report.canvasId)}
        >
          {t('persistence:action.dismiss')}
        </button>
      </div>
    </section>
  );
}
