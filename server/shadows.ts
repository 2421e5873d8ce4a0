/**
 * A copy of each open document that incoming updates are tried on before Hocuspocus applies
 * them to the real one. The copy follows every change of the document (so it needs no rebuild
 * per update, which cost ~10 ms on a class-sized canvas) and is dropped when an update is refused.
 */
import * as Y from 'yjs';

import { CANVAS_KEY, type ReadCanvasResult, readCanvas } from '@/collab';

interface Shadow {
  doc: Y.Doc;
  /** An upper bound of the encoded size: the last measured size plus every update since. */
  sizeBound: number;
  stop: () => void;
}

export type Trial =
  | { ok: true }
  | { ok: false; reason: 'too_large' }
  | { ok: false; reason: 'schema'; problems: Extract<ReadCanvasResult, { ok: false }>['problems'] };

export class Shadows {
  private readonly shadows = new WeakMap<Y.Doc, Shadow>();

  constructor(private readonly maxDocumentBytes: number) {}

  /** Applies `update` to the document's copy and says whether the result may be kept. */
  try(document: Y.Doc, update: Uint8Array): Trial {
    const shadow = this.shadowOf(document);
    Y.applyUpdate(shadow.doc, update);
    shadow.sizeBound += update.byteLength;
    if (shadow.sizeBound > this.maxDocumentBytes) {
      shadow.sizeBound = Y.encodeStateAsUpdate(shadow.doc).byteLength;
      if (shadow.sizeBound > this.maxDocumentBytes)
        return this.drop(document, { ok: false, reason: 'too_large' });
    }
    // A document nobody has written a canvas into yet is left alone (other top-level names are free).
    if (shadow.doc.getMap(CANVAS_KEY).size === 0) return { ok: true };
    const result = readCanvas(shadow.doc);
    return result.ok
      ? { ok: true }
      : this.drop(document, { ok: false, reason: 'schema', problems: result.problems });
  }

  private shadowOf(document: Y.Doc): Shadow {
    const existing = this.shadows.get(document);
    if (existing) return existing;
    const doc = new Y.Doc({ gc: false });
    const state = Y.encodeStateAsUpdate(document);
    Y.applyUpdate(doc, state);
    // Whatever reaches the document (another process through Redis, a migration) reaches the copy;
    // updates tried first arrive a second time here and change nothing.
    const follow = (update: Uint8Array) => Y.applyUpdate(doc, update);
    document.on('update', follow);
    const shadow = { doc, sizeBound: state.byteLength, stop: () => document.off('update', follow) };
    this.shadows.set(document, shadow);
    return shadow;
  }

  /** The refused update is in the copy but not in the document: start a fresh copy next time. */
  private drop<T>(document: Y.Doc, result: T): T {
    const shadow = this.shadows.get(document);
    shadow?.stop();
    shadow?.doc.destroy();
    this.shadows.delete(document);
    return result;
  }
}
