/**
 * Live classes in this browser: which canvases of the library are live (and how to reach their
 * server document), the Y.Doc state of each (so edits made offline survive a reload and merge
 * when the connection returns), and the classes this browser created as an instructor.
 * The canvas itself is still saved like any other canvas; the Y.Doc state only adds its history.
 */
import { pickStrings } from './pickStrings';

import { listKeys, readItem, removeItem, writeItem, type WriteResult } from './safeStorage';

const LIVE_PREFIX = 'vinculo:live:';
const sessionKey = (canvasId: string) => `${LIVE_PREFIX}session:${canvasId}`;
const docKey = (canvasId: string) => `${LIVE_PREFIX}doc:${canvasId}`;
const CLASSES_KEY = `${LIVE_PREFIX}classes`;

const SESSION_FIELDS = [
  'canvasId',
  'classId',
  'memberId',
  'token',
  'documentName',
  'teamCode',
] as const;
const SESSION_TEXTS = ['displayName', 'classTitle'] as const;

/** A canvas of the library that is bound to a server document (a student's or a teammate's). */
export type LiveSession = Record<
  (typeof SESSION_FIELDS)[number] | (typeof SESSION_TEXTS)[number],
  string
>;

const CLASS_FIELDS = ['classId', 'joinCode', 'instructorToken'] as const;
const CLASS_TEXTS = ['title', 'createdAt'] as const;

/** A class this browser created: the instructor token is its only key to the members. */
export type InstructorClass = Record<
  (typeof CLASS_FIELDS)[number] | (typeof CLASS_TEXTS)[number],
  string
>;

export const readSessionFields = (value: unknown): LiveSession | null =>
  pickStrings(value, SESSION_FIELDS, { optional: SESSION_TEXTS });

const readClassFields = (value: unknown): InstructorClass | null =>
  pickStrings(value, CLASS_FIELDS, { optional: CLASS_TEXTS });

function readJson(key: string): unknown {
  const raw = readItem(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null; // a damaged record counts as absent; the canvas itself is kept elsewhere
  }
}

export function readLiveSession(canvasId: string): LiveSession | null {
  const session = readSessionFields(readJson(sessionKey(canvasId)));
  return session?.canvasId === canvasId ? session : null;
}

/** Cheap check for the app's start: is this canvas live? (No parsing of the document.) */
export function isLiveCanvas(canvasId: string): boolean {
  return readItem(sessionKey(canvasId)) !== null;
}

export function saveLiveSession(session: LiveSession): WriteResult {
  return writeItem(sessionKey(session.canvasId), JSON.stringify(session));
}

export function readLiveDocState(canvasId: string): Uint8Array | null {
  const raw = readItem(docKey(canvasId));
  if (raw === null) return null;
  try {
    return fromBase64(raw);
  } catch {
    return null; // damaged: the server's copy and the saved canvas are still there
  }
}

export function saveLiveDocState(canvasId: string, state: Uint8Array): WriteResult {
  return writeItem(docKey(canvasId), toBase64(state));
}

/** Drops the unsent document, e.g. after the server refused it: the next start takes the server's. */
export function forgetLiveDocState(canvasId: string): void {
  removeItem(docKey(canvasId));
}

/** Leaving the class: the canvas stays in the library as an ordinary canvas. */
export function forgetLiveCanvas(canvasId: string): void {
  removeItem(sessionKey(canvasId));
  removeItem(docKey(canvasId));
}

/** Sessions whose canvas is gone from the library are removed (the user deleted the canvas). */
export function pruneLiveCanvases(existing: ReadonlySet<string>): void {
  for (const key of listKeys(LIVE_PREFIX)) {
    const id = /^vinculo:live:(?:session|doc):(.+)$/.exec(key)?.[1];
    if (id !== undefined && !existing.has(id)) removeItem(key);
  }
}

export function readInstructorClasses(): InstructorClass[] {
  const value = readJson(CLASSES_KEY);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const entry = readClassFields(item);
    return entry ? [entry] : [];
  });
}

/** Newest first; a class already listed is replaced. */
export function saveInstructorClass(entry: InstructorClass): WriteResult {
  const others = readInstructorClasses().filter((c) => c.classId !== entry.classId);
  return writeItem(CLASSES_KEY, JSON.stringify([entry, ...others].slice(0, 20)));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode takes its arguments on the stack
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
