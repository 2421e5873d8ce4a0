/**
 * Binds one canvas of the library to a Y.Doc: the user's edits go into the document
 * (`writeCanvas`, tagged as local), everyone else's come back into the store (`observeCanvas`)
 * without becoming undo steps of this user.
 */
import type * as Y from 'yjs';

import { observeCanvas, readCanvas, writeCanvas } from '@/collab';
import type { Canvas } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { clearHistory } from '@/store/undo';

/** The origin of this browser's own edits, so they are not applied back to the store. */
export const LOCAL_EDIT = Symbol('vinculo:local-edit');

export type CanvasBinding = {
  /** Writes the store's canvas into the document (a document still empty, or edits made before binding). */
  pushLocal: () => void;
  unbind: () => void;
};

export function bindCanvas(doc: Y.Doc, canvasId: string): CanvasBinding {
  const first = readCanvas(doc);
  // The document keeps its own canvas id; the library keeps the local one.
  let docCanvasId = first.ok ? first.canvas.id : null;
  const write = (canvas: Canvas) =>
    writeCanvas(doc, { ...canvas, id: docCanvasId ?? canvas.id }, LOCAL_EDIT);

  let applyingRemote = false;
  const unobserve = observeCanvas(doc, (canvas, origin) => {
    if (origin === LOCAL_EDIT) return;
    docCanvasId = canvas.id;
    applyingRemote = true;
    // Not an undo step: undo must never take back someone else's edit. Earlier steps would,
    // so the history restarts here (undo covers your edits since a teammate's last change).
    const temporal = useCanvasStore.temporal.getState();
    temporal.pause();
    try {
      useCanvasStore.getState().replaceCanvas(canvasId, canvas);
    } finally {
      temporal.resume();
      applyingRemote = false;
    }
    clearHistory();
  });
  const unsubscribe = useCanvasStore.subscribe((state, previous) => {
    const next = state.canvases[canvasId];
    if (applyingRemote || !next || next === previous.canvases[canvasId]) return;
    write(next);
  });

  return {
    pushLocal: () => {
      const canvas = useCanvasStore.getState().canvases[canvasId];
      if (canvas) write(canvas);
    },
    unbind: () => {
      unobserve();
      unsubscribe();
    },
  };
}
