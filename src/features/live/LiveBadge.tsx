import { useTranslation } from '@/i18n/useTranslation';

import type { LiveStatus } from './liveStatus';

/**
 * The connection state, always on screen while live. A polite live region: screen readers hear
 * a change once the user pauses, never in the middle of typing.
 */
export function LiveBadge({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  const { connection, saved } = status;
  return (
    <span className={`live-badge live-badge--${connection}`} role="status" aria-live="polite">
      <span className="visually-hidden">{t('live:status.label')}: </span>
      <span className="live-badge__dot" aria-hidden="true" />
      {t(`live:status.${connection}`)}
      {connection === 'connected' && (
        <span className="live-badge__saved">
          {' · '}
          {t(saved ? 'live:status.saved' : 'live:status.unsaved')}
        </span>
      )}
    </span>
  );
}
