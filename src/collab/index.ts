/**
 * The canvas as a Yjs document, shared by the browser client and the server (docs/live.md).
 * Imports only yjs and the domain: no React, no browser API, no Node API.
 */
import * as Y from 'yjs';

import { type Canvas, type CanvasProblem, canvasProblems, canvasSchema } from '@/domain';

import { readValue } from './read';
import { type Kind, kindOf } from './shape';
import { writeObject } from './write';

export * from './comments';

/** The top-level Y.Map holding the canvas; other top-level names stay free (comments, hand-ins). */
export const CANVAS_KEY = 'canvas';

let canvasKind: Extract<Kind, { kind: 'object' }> | undefined;
function canvasShape() {
  canvasKind ??= kindOf(canvasSchema) as Extract<Kind, { kind: 'object' }>;
  return canvasKind;
}

export type ReadCanvasResult =
  { ok: true; canvas: Canvas } | { ok: false; problems: CanvasProblem[] };

/** A new document holding `canvas` (empty without one). */
export function createCanvasDoc(canvas?: Canvas): Y.Doc {
  const doc = new Y.Doc();
  if (canvas) writeCanvas(doc, canvas);
  return doc;
}

/**
 * Makes the document hold `next`, changing only what differs, in one transaction tagged with
 * `origin` (so an observer can tell its own writes from remote ones).
 */
export function writeCanvas(doc: Y.Doc, next: Canvas, origin: unknown = null): void {
  const { fields } = canvasShape();
  doc.transact(() => {
    writeObject(
      doc.getMap(CANVAS_KEY),
      next as Record<string, unknown>,
      (k) => fields[k] ?? { kind: 'value' },
    );
  }, origin);
}

/** The document's canvas as plain data, not validated (the server migrates old data from here). */
export function readCanvasData(doc: Y.Doc): unknown {
  return readValue(doc.getMap(CANVAS_KEY), canvasShape());
}

/** The document's canvas, checked with the same schema as files and the app's storage. */
export function readCanvas(doc: Y.Doc): ReadCanvasResult {
  const result = canvasSchema.safeParse(readCanvasData(doc));
  return result.success
    ? { ok: true, canvas: result.data }
    : { ok: false, problems: canvasProblems(result) };
}

/**
 * Calls `onChange` with the canvas after every change (local or remote). A state the schema
 * refuses is reported to `onInvalid` instead (the server refuses such updates, so it is brief).
 * Returns the function that stops observing.
 */
export function observeCanvas(
  doc: Y.Doc,
  onChange: (canvas: Canvas, origin: unknown) => void,
  onInvalid?: (problems: CanvasProblem[], origin: unknown) => void,
): () => void {
  const map = doc.getMap(CANVAS_KEY);
  const listener = (_events: unknown, transaction: Y.Transaction) => {
    const result = readCanvas(doc);
    if (result.ok) onChange(result.canvas, transaction.origin);
    else onInvalid?.(result.problems, transaction.origin);
  };
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
}
