/**
 * Live classes, public entry. Everything here is light: the live code itself (yjs, the
 * provider, src/collab) sits behind these lazy components and loaders.
 */
import { lazy } from 'react';

import { withNamespaces } from '@/i18n/config';

export { LiveRoot } from './LiveRoot';
export type { ClassWatch, LiveClassCanvas, LiveClassView } from './classWatch';
export type { Connection, LiveProblem } from './liveStatus';

/** "Live class" from the Classroom menu. */
export const LiveClassDialog = lazy(withNamespaces(() => import('./LiveClassDialog'), ['live']));

/** The join link and code of a class, for the class dashboard. */
export const LazyClassInvite = lazy(withNamespaces(() => import('./ClassInvite'), ['live']));

/** Follows a class's canvases live, for the class dashboard (loads yjs and the provider). */
export const loadClassWatch = withNamespaces(() => import('./classWatch'), ['live']);
