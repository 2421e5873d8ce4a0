/**
 * The server's check of the `handins` root (CLASS-CONTRACT.md): hand-ins are frozen. An update
 * may add a well-formed hand-in whose state holds a valid canvas, up to MAX_HANDINS; it may not
 * change or delete one. It needs no memory of earlier states: the shadow document keeps every
 * item (gc off), and a Y.Map entry that was ever overwritten or deleted leaves a trace (a
 * deleted item, or an item with a left neighbour), which an accepted document never holds.
 */
import * as Y from 'yjs';

import { HANDINS_KEY, MAX_HANDINS, readFrozenCanvas, readHandinEntry } from '@/collab/handins';

export type HandinsProblem = 'changed' | 'shape' | 'too_many' | 'invalid_canvas';
export type HandinsCheck = { ok: true } | { ok: false; problem: HandinsProblem; path: string };

// A state is checked once: the same bytes stay in the shadow document while it lives.
const validStates = new WeakSet<Uint8Array>();

export function checkHandins(doc: Y.Doc, max = MAX_HANDINS): HandinsCheck {
  const handins = doc.getMap(HANDINS_KEY);
  if (handins._start !== null) return refuse('shape', HANDINS_KEY); // list content, not entries
  if (!writtenOnce(handins)) return refuse('changed', HANDINS_KEY);
  if (handins.size > max) return refuse('too_many', HANDINS_KEY);
  for (const [id, value] of handins.entries()) {
    const path = `${HANDINS_KEY}.${id}`;
    if (value instanceof Y.Map && !writtenOnce(value)) return refuse('changed', path);
    const entry = readHandinEntry(id, value);
    if (!entry) return refuse('shape', path);
    if (validStates.has(entry.state)) continue;
    if (!readFrozenCanvas(entry.state).ok) return refuse('invalid_canvas', `${path}.state`);
    validStates.add(entry.state);
  }
  return { ok: true };
}

/** No entry of the map was ever deleted or set a second time (a map holds its history). */
function writtenOnce(map: Y.Map<unknown>): boolean {
  if (map._start !== null) return false;
  for (const item of map._map.values()) if (item.deleted || item.left !== null) return false;
  return true;
}

function refuse(problem: HandinsProblem, path: string): HandinsCheck {
  return { ok: false, problem, path };
}
