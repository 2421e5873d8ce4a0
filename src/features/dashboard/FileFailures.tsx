import { useTranslation } from '@/i18n/useTranslation';

import { importFailureText } from '@/features/exchange';

import type { FileFailure } from './classEntries';

type Props = { failures: readonly FileFailure[]; onDismiss: (id: string) => void };

/** One message per file that could not be read, saying which file and why. */
export function FileFailures({ failures, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  if (failures.length === 0) return null;
  return (
    <ul className="class-failures" aria-label={t('dashboard:failures.label')}>
      {failures.map((failure) => {
        const { message, problems } = importFailureText(failure.outcome, failure.fileSize, i18n);
        return (
          <li key={failure.id} className="class-failures__item">
            <p className="class-failures__title">
              <span aria-hidden="true">⚠</span>{' '}
              {t('dashboard:failures.title', { file: failure.fileName })}
            </p>
            <p>{message}</p>
            {problems.length > 0 && (
              <ul className="class-failures__problems">
                {problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button--small"
              onClick={() => onDismiss(failure.id)}
              aria-label={t('dashboard:failures.dismissLabel', { file: failure.fileName })}
            >
              {t('dashboard:failures.dismiss')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
