import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type * as Y from 'yjs';

import type { CommentTarget } from '@/collab';
import { Dialog } from '@/components/Dialog';
import type { Canvas } from '@/domain';

import { type Author, CommentsView } from './CommentsView';
import './comments.css';

export type CommentsDialogProps = {
  doc: Y.Doc;
  canvas: Canvas;
  /** Whose canvas it is, in the title (the instructor's view of a student). */
  owner?: string;
  onClose: () => void;
};

/** The comments of someone's canvas, for the instructor on the class dashboard. */
export default function CommentsDialog({ doc, canvas, owner, onClose }: CommentsDialogProps) {
  const { t } = useTranslation();
  // The server knows the instructor by role, not by name: the comments say "Instructor".
  const author: Author = { name: t('comments:role.instructor'), role: 'instructor' };
  const [showing, setShowing] = useState<CommentTarget | 'all'>('all');
  return (
    <Dialog
      title={owner ? t('comments:titleOf', { name: owner }) : t('comments:title')}
      onClose={onClose}
      size="wide"
    >
      <CommentsView
        doc={doc}
        canvas={canvas}
        author={author}
        showing={showing}
        onShowing={setShowing}
      />
    </Dialog>
  );
}
