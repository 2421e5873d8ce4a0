/**
 * Comments on live canvases, public entry. Everything here is a lazy part: the comments code
 * (and yjs, through src/collab) loads with the live code only.
 */
import { lazy } from 'react';

import { withNamespaces } from '@/i18n/config';

export type { CommentsDialogProps } from './CommentsDialog';

/** The open live canvas's comments: markers on the board, a button and the dialog. */
export const LazyCanvasComments = lazy(
  withNamespaces(() => import('./CanvasComments'), ['comments']),
);

/** The comments of a student's canvas, for the instructor on the class dashboard. */
export const LazyCommentsDialog = lazy(
  withNamespaces(() => import('./CommentsDialog'), ['comments']),
);
