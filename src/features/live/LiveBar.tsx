import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MAX_HANDINS } from '@/collab/handins';
import { LazyHandinForm } from '@/features/versions';
import { formatWhen } from '@/lib/formatWhen';
import { forgetLiveCanvas, type LiveSession } from '@/persistence/liveDocs';

import { CopyField } from './CopyField';
import { LiveBadge } from './LiveBadge';
import { liveLink } from './links';
import { notifyLiveChanged } from './liveSignal';
import { problemText } from './messages';
import { useCanvasSync } from './useCanvasSync';

type Props = { session: LiveSession; onLeft: () => void };

/** Shown while the open canvas is live: the class, the connection, a teammate link, leaving. */
export function LiveBar({ session, onLeft }: Props) {
  const { t, i18n } = useTranslation();
  const { status, problem, dismiss, handins, handIn } = useCanvasSync(session);
  const [inviting, setInviting] = useState(false);
  const [handingIn, setHandingIn] = useState(false);
  const lastHandin = handins.at(-1);
  const submitHandin = (name: string) => {
    const result = handIn(name);
    if (result.ok) return null;
    return result.reason === 'too_many'
      ? t('versions:handin.tooMany', { max: MAX_HANDINS })
      : t('versions:handin.invalid');
  };
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
          <button
            type="button"
            className="button button--small"
            aria-expanded={handingIn}
            onClick={() => setHandingIn((v) => !v)}
          >
            {t('versions:handin.button')}
          </button>
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
      {lastHandin && (
        <p className="live-bar__handin">
          {t('versions:handin.last', {
            name: lastHandin.name,
            time: formatWhen(lastHandin.at, i18n.language),
          })}
        </p>
      )}
      {handingIn && (
        <Suspense fallback={null}>
          <LazyHandinForm onHandIn={submitHandin} onCancel={() => setHandingIn(false)} />
        </Suspense>
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
