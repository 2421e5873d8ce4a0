import * as Y from 'yjs';

import { observeCanvas, observeComments, readCanvas } from '@/collab';
import { observeHandins, type Handin } from '@/collab/handins';
import type { Canvas } from '@/domain';

import { openLiveConnection } from './liveConnection';
import type { LiveProblem, LiveStatus } from './liveStatus';

export type LiveDocumentView = {
  canvas: Canvas | null;
  /** The document itself, for what the instructor may write into it (comments). */
  doc?: Y.Doc;
  /** Comment threads not resolved yet. */
  openComments?: number;
  status: LiveStatus;
  problem: LiveProblem | null;
  /** the student's hand-ins, oldest first, each with its frozen canvas */
  handins: Handin[];
};

export const LIVE_DOCUMENT_START: LiveDocumentView = {
  canvas: null,
  status: { connection: 'connecting', saved: false },
  problem: null,
  handins: [],
};

/**
 * Someone else's canvas as it changes (the instructor's view of a student; the server lets the
 * instructor write comments only): each change hands `onView` a new view. Returns the function that closes the connection.
 */
export function watchLiveDocument(
  documentName: string,
  token: string,
  onView: (view: LiveDocumentView) => void,
): () => void {
  const doc = new Y.Doc();
  let view: LiveDocumentView = { ...LIVE_DOCUMENT_START, doc };
  const update = (patch: Partial<LiveDocumentView>) => {
    view = { ...view, ...patch };
    onView(view);
  };
  const show = () => {
    const result = readCanvas(doc);
    if (result.ok) update({ canvas: result.canvas });
  };
  const unobserve = observeCanvas(doc, (canvas) => update({ canvas }));
  const unobserveComments = observeComments(doc, (threads) =>
    update({ openComments: threads.filter((thread) => !thread.resolved).length }),
  );
  const unobserveHandins = observeHandins(doc, (handins) => {
    if (handins.length > 0 || view.handins.length > 0) update({ handins });
  });
  const connection = openLiveConnection({
    doc,
    documentName,
    token,
    onStatus: (status) => update({ status }),
    onProblem: (problem) => update({ problem }),
    // Only a comment of ours can be refused (the comments check it before sending): the card
    // says so, and reopening the dashboard connects again.
    onRefused: (reason) => update({ problem: { kind: 'refused', reason } }),
    // A connection that works again clears the last problem.
    onSynced: () => {
      if (view.problem) update({ problem: null });
      show();
    },
  });
  return () => {
    connection.destroy();
    unobserve();
    unobserveComments();
    unobserveHandins();
    doc.destroy();
  };
}
