import { Suspense, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { LazyCanvasComments } from '@/features/comments';
import { forgetLiveCanvas, type LiveSession } from '@/persistence/liveDocs';

import { CopyField } from './CopyField';
import { LiveBadge } from './LiveBadge';
import { LiveHandin } from './LiveHandin';
import { liveLink } from './links';
import { notifyLiveChanged } from './liveSignal';
import { problemText } from './messages';
import { useCanvasSync } from './useCanvasSync';

type Props = { session: LiveSession; onLeft: () => void };

/** Shown while the open canvas is live: the class, the connection, a teammate link, leaving. */
export function LiveBar({ session, onLeft }: Props) {
  const { t } = useTranslation();
  const { status, problem, doc, dismiss } = useCanvasSync(session);
  const [inviting, setInviting] = useState(false);
  const leave = () => {
    forgetLiveCanvas(session.canvasId);
    notifyLiveChanged();
    onLeft();
  };
  const title = session.classTitle.trim() || t('live:dialog.untitled');
  return (
    <section className="live-bar" aria-label={t('live:bar.region')}>
      <div className="live-bar__row">
        <strong className="live-bar__title">{t('live:bar.title', { title })}</strong>
        <LiveBadge status={status} />
        <span className="live-bar__actions">
          {doc && session.displayName && (
            // Comments are signed with the name the server knows this member by.
            <Suspense fallback={null}>
              <LazyCanvasComments
                key={doc.guid}
                doc={doc}
                author={{ name: session.displayName, role: 'student' }}
              />
            </Suspense>
          )}
          <button
            type="button"
            className="button button--small"
            aria-expanded={inviting}
            onClick={() => setInviting((v) => !v)}
          >
            {t('live:bar.teamInvite')}
          </button>
          <button type="button" className="button button--small" onClick={leave}>
            {t('live:bar.leave')}
          </button>
        </span>
      </div>
      {doc && session.displayName && (
        <LiveHandin key={doc.guid} doc={doc} by={session.displayName} />
      )}
      {inviting && (
        <div className="live-bar__invite">
          <p>{t('live:bar.teamIntro')}</p>
          <CopyField
            label={t('live:bar.teamLink')}
            value={liveLink('team', session.teamCode)}
            copyLabel={t('live:bar.copyTeamLink')}
          />
        </div>
      )}
      {problem && (
        <p className="live-bar__problem" role="alert">
          {problemText(t, problem)}{' '}
          <button type="button" className="button button--small" onClick={dismiss}>
            {t('live:bar.dismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
