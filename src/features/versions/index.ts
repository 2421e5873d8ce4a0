/**
 * Named versions and hand-ins, public entry. The dialogs load on first use, with their texts
 * (what changed names tactic kinds and note blocks: `enums`).
 */
import { lazy } from 'react';

import { withNamespaces } from '@/i18n/config';

/** "Versions…" of the file menu: the open canvas's named versions. */
export const LazyVersionsDialog = lazy(
  withNamespaces(() => import('./VersionsDialog'), ['versions', 'enums']),
);

/** The instructor's view of a student's hand-ins beside the live canvas. */
export const LazyHandinsDialog = lazy(
  withNamespaces(() => import('./HandinsDialog'), ['versions', 'enums']),
);

/** The student's "Hand in" form in the live bar. */
export const LazyHandinForm = lazy(
  withNamespaces(() => import('./HandinForm'), ['versions', 'enums']),
);

export type { HandinView } from './HandinsDialog';
