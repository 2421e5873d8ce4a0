/**
 * Hand-ins in the live document (CLASS-CONTRACT.md): the top-level Y.Map `handins` holds, per
 * hand-in id, a Y.Map with `name`, `by`, `at` (ISO) and `state`, the Yjs update of a fresh
 * document holding only the canvas at that moment: a frozen snapshot that later edits of the
 * canvas cannot reach. Written once; the server refuses any change to an existing one.
 */
import * as Y from 'yjs';

import { createId, type Canvas } from '@/domain';

import { createCanvasDoc, readCanvas, type ReadCanvasResult } from './index';

export const HANDINS_KEY = 'handins';
/** Hand-ins one canvas keeps: a term's worth of drafts, far below the document size limit. */
export const MAX_HANDINS = 30;
export const HANDIN_NAME_MAX = 80;
/** A member's display name (the server's own limit). */
export const HANDIN_BY_MAX = 60;

export type HandinEntry = { id: string; name: string; by: string; at: string; state: Uint8Array };
/** A hand-in as shown: its canvas read back, or null when its state holds no valid canvas. */
export type Handin = Omit<HandinEntry, 'state'> & { canvas: Canvas | null };

export type HandInResult =
  { ok: true; id: string } | { ok: false; reason: 'invalid_canvas' | 'too_many' };

/** Freezes the document's canvas as it is now into a new hand-in, in one transaction. */
export function handIn(
  doc: Y.Doc,
  { name, by, at = new Date() }: { name: string; by: string; at?: Date },
  origin: unknown = null,
): HandInResult {
  const current = readCanvas(doc);
  if (!current.ok) return { ok: false, reason: 'invalid_canvas' };
  const handins = doc.getMap(HANDINS_KEY);
  if (handins.size >= MAX_HANDINS) return { ok: false, reason: 'too_many' };
  const id = createId('handin');
  const entry = new Y.Map<unknown>();
  entry.set('name', name.trim().slice(0, HANDIN_NAME_MAX));
  // as the server knows the member (it checks the name), so never trimmed
  entry.set('by', by.slice(0, HANDIN_BY_MAX));
  entry.set('at', at.toISOString());
  entry.set('state', freeze(current.canvas));
  doc.transact(() => handins.set(id, entry), origin);
  return { ok: true, id };
}

function freeze(canvas: Canvas): Uint8Array {
  const frozen = createCanvasDoc(canvas);
  const state = Y.encodeStateAsUpdate(frozen);
  frozen.destroy();
  return state;
}

/** The canvas a hand-in's state holds, checked with the canvas schema like any other. */
export function readFrozenCanvas(state: Uint8Array): ReadCanvasResult {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readCanvas(doc);
  } catch {
    return { ok: false, problems: [{ path: [HANDINS_KEY, 'state'], code: 'not_a_document' }] };
  } finally {
    doc.destroy();
  }
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** One stored hand-in if it has the contract's shape, else null (its canvas is not read here). */
export function readHandinEntry(id: string, value: unknown): HandinEntry | null {
  if (!(value instanceof Y.Map) || value.size !== 4) return null;
  const name: unknown = value.get('name');
  const by: unknown = value.get('by');
  const at: unknown = value.get('at');
  const state: unknown = value.get('state');
  if (!isText(name, HANDIN_NAME_MAX) || !isText(by, HANDIN_BY_MAX)) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (!(state instanceof Uint8Array)) return null;
  return { id, name, by, at, state };
}

/** The document's well-formed hand-ins, oldest first. */
export function readHandinEntries(doc: Y.Doc): HandinEntry[] {
  const entries: HandinEntry[] = [];
  doc.getMap(HANDINS_KEY).forEach((value, id) => {
    const entry = readHandinEntry(id, value);
    if (entry) entries.push(entry);
  });
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Follows the document's hand-ins: `onChange` gets them (oldest first) now and after each change.
 * A hand-in never changes, so each state is decoded once.
 */
export function observeHandins(doc: Y.Doc, onChange: (handins: Handin[]) => void): () => void {
  const read = new Map<string, Handin>();
  const emit = () =>
    onChange(
      readHandinEntries(doc).map((entry) => {
        const known = read.get(entry.id);
        if (known) return known;
        const result = readFrozenCanvas(entry.state);
        const { id, name, by, at } = entry;
        const handin = { id, name, by, at, canvas: result.ok ? result.canvas : null };
        read.set(entry.id, handin);
        return handin;
      }),
    );
  const map = doc.getMap(HANDINS_KEY);
  map.observeDeep(emit);
  emit();
  return () => map.unobserveDeep(emit);
}
