import { useEffect, useState } from 'react';
import * as Y from 'yjs';

import { observeCanvas, readCanvas } from '@/collab';
import type { Canvas } from '@/domain';

import { openLiveConnection } from './liveConnection';
import type { LiveProblem, LiveStatus } from './liveStatus';

export type LiveDocumentView = {
  canvas: Canvas | null;
  status: LiveStatus;
  problem: LiveProblem | null;
};

const START: LiveDocumentView = {
  canvas: null,
  status: { connection: 'connecting', saved: false },
  problem: null,
};

/** Someone else's canvas, read-only, as it changes (the instructor's view of a student). */
export function useLiveDocument(documentName: string, token: string): LiveDocumentView {
  const [view, setView] = useState<LiveDocumentView>(START);
  useEffect(() => {
    // Another student mounts a new view (keyed by document), so the state starts fresh.
    const doc = new Y.Doc();
    const show = () => {
      const result = readCanvas(doc);
      if (result.ok) setView((v) => ({ ...v, canvas: result.canvas }));
    };
    const unobserve = observeCanvas(doc, (canvas) => setView((v) => ({ ...v, canvas })));
    const connection = openLiveConnection({
      doc,
      documentName,
      token,
      onStatus: (status) => setView((v) => ({ ...v, status })),
      onProblem: (problem) => setView((v) => ({ ...v, problem })),
      // Read-only: nothing of ours was sent, so there is nothing to restore.
      onRefused: (reason) => setView((v) => ({ ...v, problem: { kind: 'refused', reason } })),
      onSynced: show,
    });
    return () => {
      connection.destroy();
      unobserve();
      doc.destroy();
    };
  }, [documentName, token]);
  return view;
}
