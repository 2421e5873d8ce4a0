/**
 * Keeps one canvas of the library and its server document in step: local edits go into the
 * Y.Doc (`writeCanvas`), remote ones come back into the store (`observeCanvas`), the Y.Doc's
 * state is kept in the browser so offline edits survive a reload, and a refusal by the server
 * restarts from the server's state.
 */
import * as Y from 'yjs';

import { readCanvas } from '@/collab';
import {
  forgetLiveDocState,
  readLiveDocState,
  saveLiveDocState,
  type LiveSession,
} from '@/persistence/liveDocs';
import { bindCanvas } from './bindCanvas';
import { openLiveConnection, type LiveConnection } from './liveConnection';
import type { LiveProblem, LiveStatus, RefusalReason } from './liveStatus';

const SAVE_DELAY_MS = 250;

export type CanvasSyncCallbacks = {
  onStatus: (status: LiveStatus) => void;
  onProblem: (problem: LiveProblem) => void;
  /** The canvas went back to the server's state after a refusal. */
  onRestored: (reason: RefusalReason) => void;
  /** Each round's document (a refusal starts a new one), for the comments kept in it. */
  onDoc?: (doc: Y.Doc) => void;
};

export type CanvasSync = { stop: () => void };

export function startCanvasSync(session: LiveSession, callbacks: CanvasSyncCallbacks): CanvasSync {
  let stopRound = startRound(session, callbacks, null);
  return {
    stop: () => stopRound(),
  };

  function startRound(
    current: LiveSession,
    cb: CanvasSyncCallbacks,
    restoredFrom: RefusalReason | null,
  ): () => void {
    const { canvasId } = current;
    const doc = new Y.Doc();
    const stored = restoredFrom ? null : readLiveDocState(canvasId);
    if (stored) {
      try {
        Y.applyUpdate(doc, stored);
      } catch {
        forgetLiveDocState(canvasId); // damaged: the server's copy and the saved canvas remain
      }
    }
    const binding = bindCanvas(doc, canvasId);
    cb.onDoc?.(doc);
    // Edits saved in the store but not yet in the stored Y state (a reload within the save delay).
    if (readCanvas(doc).ok) binding.pushLocal();

    let saveTimer: ReturnType<typeof setTimeout> | null = null;
    const saveNow = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      saveLiveDocState(canvasId, Y.encodeStateAsUpdate(doc));
    };
    const onUpdate = () => {
      saveTimer ??= setTimeout(saveNow, SAVE_DELAY_MS);
    };
    doc.on('update', onUpdate);
    window.addEventListener('pagehide', saveNow);

    let connection: LiveConnection | null = null;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      connection?.destroy();
      binding.unbind();
      doc.off('update', onUpdate);
      window.removeEventListener('pagehide', saveNow);
      if (saveTimer) saveNow();
      doc.destroy();
    };

    let firstSync = true;
    connection = openLiveConnection({
      doc,
      documentName: current.documentName,
      token: current.token,
      onStatus: cb.onStatus,
      onProblem: cb.onProblem,
      onSynced: () => {
        if (!firstSync) return;
        firstSync = false;
        // A new document (or one the server holds nothing of): this canvas becomes its content.
        if (!readCanvas(doc).ok) binding.pushLocal();
        if (restoredFrom) cb.onRestored(restoredFrom);
      },
      onRefused: (reason) => {
        // The server closes this connection: start again from its state, dropping the unsent doc.
        end();
        forgetLiveDocState(canvasId);
        cb.onProblem({ kind: 'refused', reason });
        stopRound = startRound(current, cb, reason);
      },
    });
    return end;
  }
}
