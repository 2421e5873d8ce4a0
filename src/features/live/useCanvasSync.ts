import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

import type { LiveSession } from '@/persistence/liveDocs';

import { startCanvasSync } from './canvasSync';
import type { LiveProblem, LiveStatus } from './liveStatus';

const OFFLINE: LiveStatus = { connection: 'connecting', saved: false };

/** Runs the sync of the open live canvas while it is open; its state for the bar. */
export function useCanvasSync(session: LiveSession | null) {
  const [status, setStatus] = useState<LiveStatus>(OFFLINE);
  const [problem, setProblem] = useState<LiveProblem | null>(null);
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const canvasId = session?.canvasId;
  const documentName = session?.documentName;
  const token = session?.token;
  useEffect(() => {
    if (!session) return; // a new session mounts a new bar (keyed by canvas), with fresh state
    const sync = startCanvasSync(session, {
      onStatus: setStatus,
      onProblem: setProblem,
      // The refusal was already reported; the sentence says the canvas went back.
      onRestored: () => undefined,
      onDoc: setDoc,
    });
    return () => sync.stop();
    // The session is read again on every render; only these identify the connection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasId, documentName, token]);
  return { status, problem, doc, dismiss: () => setProblem(null) };
}
