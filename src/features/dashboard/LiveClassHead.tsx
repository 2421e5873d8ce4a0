import { Suspense } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { LazyClassInvite } from '@/features/live';
import type { InstructorClass } from '@/persistence/liveDocs';

import { liveProblemKey } from './liveEntries';
import type { LiveClass } from './useLiveClass';

type Props = { liveClass: InstructorClass; live: LiveClass };

/**
 * The live class at the top of the dashboard: how students join, when the list of who joined
 * last came back, and what stops the class from updating.
 */
export function LiveClassHead({ liveClass, live }: Props) {
  const { t, i18n } = useTranslation();
  const { view, entries, failedToLoad, refresh } = live;
  const title = view?.classTitle.trim() || liveClass.title.trim() || t('dashboard:live.untitled');
  const time = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(ms);
  const notConnected = entries.filter((e) => e.live?.connection !== 'connected').length;
  return (
    <section className="class-live" aria-labelledby="class-live-title">
      <h2 id="class-live-title" className="class-live__title">
        {t('dashboard:live.heading', { title })}
      </h2>
      <Suspense fallback={null}>
        <LazyClassInvite classId={liveClass.classId} joinCode={liveClass.joinCode} />
      </Suspense>
      <div className="class-live__refresh">
        <button type="button" className="button button--small" onClick={refresh}>
          {t('dashboard:live.refresh')}
        </button>
        <p role="status">
          {view?.refreshedAt
            ? t('dashboard:live.refreshedAt', { time: time(view.refreshedAt) })
            : t('dashboard:live.loading')}{' '}
          {view?.refreshedAt && entries.length === 0 && t('dashboard:live.empty')}
        </p>
      </div>
      {(failedToLoad || view?.error) && (
        <p className="class-live__problem" role="alert">
          {t(
            `dashboard:live.problem.${liveProblemKey({ kind: 'error', code: view?.error ?? 'unreachable' })}`,
          )}
        </p>
      )}
      {notConnected > 0 && (
        <p className="class-live__problem">
          {t('dashboard:live.notConnected', { count: notConnected })}
        </p>
      )}
    </section>
  );
}
