/**
 * Live classes, public entry. Everything here is light: the live code itself (yjs, the
 * provider, src/collab) sits behind these lazy components.
 */
import { lazy } from 'react';

import { withNamespaces } from '@/i18n/config';

export { LiveRoot } from './LiveRoot';

/** "Live class" from the Classroom menu. */
export const LiveClassDialog = lazy(withNamespaces(() => import('./LiveClassDialog'), ['live']));

/** The students of a class, for the class dashboard (issue 16). */
export const LazyMemberList = lazy(
  withNamespaces(() => import('./MemberList').then((m) => ({ default: m.MemberList })), ['live']),
);
