import { useCallback, useEffect, useRef, useState } from 'react';

import type { Handin, HandInResult } from '@/collab/handins';

import type { LiveSession } from '@/persistence/liveDocs';

import { startCanvasSync, type CanvasSync } from './canvasSync';
import type { LiveProblem, LiveStatus } from './liveStatus';

const OFFLINE: LiveStatus = { connection: 'connecting', saved: false };

/** Runs the sync of the open live canvas while it is open; its state for the bar. */
export function useCanvasSync(session: LiveSession | null) {
  const [status, setStatus] = useState<LiveStatus>(OFFLINE);
  const [problem, setProblem] = useState<LiveProblem | null>(null);
  const [handins, setHandins] = useState<Handin[]>([]);
  const sync = useRef<CanvasSync | null>(null);
  const canvasId = session?.canvasId;
  const documentName = session?.documentName;
  const token = session?.token;
  useEffect(() => {
    if (!session) return; // a new session mounts a new bar (keyed by canvas), with fresh state
    const started = startCanvasSync(session, {
      onStatus: setStatus,
      onProblem: setProblem,
      // The refusal was already reported; the sentence says the canvas went back.
      onRestored: () => undefined,
      onHandins: setHandins,
    });
    sync.current = started;
    return () => {
      started.stop();
      sync.current = null;
    };
    // The session is read again on every render; only these identify the connection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasId, documentName, token]);
  const handIn = useCallback(
    (name: string): HandInResult =>
      sync.current?.handIn(name) ?? { ok: false, reason: 'invalid_canvas' },
    [],
  );
  return { status, problem, dismiss: () => setProblem(null), handins, handIn };
}
