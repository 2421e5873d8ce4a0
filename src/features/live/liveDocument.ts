import * as Y from 'yjs';

import { observeCanvas, readCanvas } from '@/collab';
import { observeHandins, type Handin } from '@/collab/handins';
import type { Canvas } from '@/domain';

import { openLiveConnection } from './liveConnection';
import type { LiveProblem, LiveStatus } from './liveStatus';

export type LiveDocumentView = {
  canvas: Canvas | null;
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
 * Someone else's canvas, read-only, as it changes (the instructor's view of a student): each
 * change hands `onView` a new view. Returns the function that closes the connection.
 */
export function watchLiveDocument(
  documentName: string,
  token: string,
  onView: (view: LiveDocumentView) => void,
): () => void {
  let view = LIVE_DOCUMENT_START;
  const update = (patch: Partial<LiveDocumentView>) => {
    view = { ...view, ...patch };
    onView(view);
  };
  const doc = new Y.Doc();
  const show = () => {
    const result = readCanvas(doc);
    if (result.ok) update({ canvas: result.canvas });
  };
  const unobserve = observeCanvas(doc, (canvas) => update({ canvas }));
  const unobserveHandins = observeHandins(doc, (handins) => {
    if (handins.length > 0 || view.handins.length > 0) update({ handins });
  });
  const connection = openLiveConnection({
    doc,
    documentName,
    token,
    onStatus: (status) => update({ status }),
    onProblem: (problem) => update({ problem }),
    // Read-only: nothing of ours was sent, so there is nothing to restore.
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
    unobserveHandins();
    doc.destroy();
  };
}
