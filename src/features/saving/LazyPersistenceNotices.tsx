import { lazy, Suspense } from 'react';

import { withNamespaces } from '@/i18n/config';
import { usePersistenceStatus, type PersistenceStatus } from '@/store/persistenceStatus';

const PersistenceNotices = lazy(
  withNamespaces(() =>
    import('./PersistenceNotices').then((m) => ({ default: m.PersistenceNotices })),
  ),
);

/** Whether anything about saved work needs the user (what PersistenceNotices shows). */
export const needsNotice = (s: PersistenceStatus) =>
  s.phase === 'ready' &&
  (s.storage === 'blocked' ||
    s.failure === 'quota' ||
    s.failure === 'unknown' ||
    s.failure === 'offline' ||
    s.failure === 'protected' ||
    s.conflicts.length > 0 ||
    s.reports.length > 0);

/**
 * The notices about saved work, with their code and texts loaded only when there is one: most
 * visits have none, and the first screen does not wait for them.
 */
export function LazyPersistenceNotices() {
  const needed = usePersistenceStatus(needsNotice);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <PersistenceNotices />
    </Suspense>
  );
}
