import { useEffect } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type * as Y from 'yjs';

import { observeComments, readThreads } from '@/collab';
import { type CommentSlotProps, setCommentMarker } from '@/components/CommentSlot';
import { Dialog } from '@/components/Dialog';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { CommentMarker } from './CommentMarker';
import { type Author, CommentsView } from './CommentsView';
import { showComments, useMarkerStore } from './markerStore';
import { countThreads, type ThreadCount } from './targets';
import './comments.css';

type Props = { doc: Y.Doc; author: Author };

const renderMarker = (props: CommentSlotProps) => <CommentMarker {...props} />;

/**
 * The comments of the open live canvas: markers in place on the board (through its comment
 * slots), a button for all of them, and the dialog where they are read, answered and resolved.
 */
export default function CanvasComments({ doc, author }: Props) {
  const { t } = useTranslation();
  const open = useMarkerStore((s) => [...s.counts.values()].reduce((n, c) => n + c.open, 0));
  const showing = useMarkerStore((s) => s.showing);

  useEffect(() => {
    const count = () =>
      useMarkerStore.setState(({ counts }) => ({
        counts: keepUnchanged(counts, countThreads(readThreads(doc))),
      }));
    count();
    const stop = observeComments(doc, count);
    setCommentMarker(renderMarker);
    return () => {
      stop();
      setCommentMarker(null);
      useMarkerStore.setState({ counts: new Map(), showing: null });
    };
  }, [doc]);

  return (
    <>
      <button type="button" className="button button--small" onClick={() => showComments('all')}>
        {open > 0 ? t('comments:openCount', { count: open }) : t('comments:title')}
      </button>
      {showing && (
        <Dialog title={t('comments:title')} onClose={() => showComments(null)} size="wide">
          <OpenCanvasComments doc={doc} author={author} />
        </Dialog>
      )}
    </>
  );
}

/** `next`, holding the previous count objects where equal: only changed markers re-render. */
function keepUnchanged(
  previous: ReadonlyMap<string, ThreadCount>,
  next: Map<string, ThreadCount>,
): Map<string, ThreadCount> {
  for (const [key, count] of next) {
    const old = previous.get(key);
    if (old && old.open === count.open && old.total === count.total) next.set(key, old);
  }
  return next;
}

/** Mounted only while the dialog is open: it follows the canvas as it is edited. */
function OpenCanvasComments({ doc, author }: Props) {
  const canvas = useCanvasStore(canvasSelectors.active);
  const showing = useMarkerStore((s) => s.showing);
  if (!canvas || !showing) return null;
  return (
    <CommentsView
      doc={doc}
      canvas={canvas}
      author={author}
      showing={showing}
      onShowing={showComments}
    />
  );
}
