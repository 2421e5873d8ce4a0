/**
 * Named versions of a canvas, kept in this browser (offline too): `bmc:version:<canvas id>:<tag>`
 * holds an exchange file of the canvas with the version's name beside it, so a version is read
 * like an imported file (migrations, schema) and an old one still opens after an upgrade. (The
 * domain's file code is on the first screen already; the stored-canvas pipeline would be split
 * into a chunk of its own.) A version is never overwritten; the user deletes it.
 */
import { parseCanvasFile, parseJsonSafely, serializeCanvasFile, type Canvas } from '@/domain';

import {
  getStorage,
  listKeys,
  readItem,
  removeItem,
  writeOnce,
  type StorageArea,
  type WriteResult,
} from './safeStorage';

const PREFIX = 'bmc:version:';
/** Long enough for a sentence, short enough for a list row. */
export const VERSION_NAME_MAX = 80;

export type SavedVersion = { key: string; name: string; savedAt: string; canvas: Canvas };

/** Readable versions newest first, and how many stored ones cannot be read (kept, deletable). */
export type VersionList = { versions: SavedVersion[]; unreadable: string[] };

const keyOf = (canvasId: string, tag: string) => `${PREFIX}${canvasId}:${tag}`;

/** The canvas id of a version key: whatever sits between the prefix and the last colon. */
function canvasIdOf(key: string): string | null {
  const rest = key.slice(PREFIX.length);
  const cut = rest.lastIndexOf(':');
  return cut > 0 ? rest.slice(0, cut) : null;
}

export function listVersions(canvasId: string, storage = getStorage()): VersionList {
  const list: VersionList = { versions: [], unreadable: [] };
  for (const key of listKeys(keyOf(canvasId, ''), storage)) {
    if (canvasIdOf(key) !== canvasId) continue; // another canvas whose id starts the same way
    const raw = readItem(key, storage);
    if (raw === null) continue;
    const version = readVersion(key, raw);
    if (version) list.versions.push(version);
    else list.unreadable.push(key);
  }
  list.versions.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return list;
}

function readVersion(key: string, raw: string): SavedVersion | null {
  const json = parseJsonSafely(raw);
  const record: Partial<Record<string, unknown>> =
    json.ok && typeof json.value === 'object' && json.value !== null ? json.value : {};
  const { versionName, savedAt } = record;
  if (typeof versionName !== 'string' || typeof savedAt !== 'string') return null;
  const file = parseCanvasFile(raw);
  return file.ok ? { key, name: versionName, savedAt, canvas: file.canvas } : null;
}

/** Saves `canvas` as it is now under `name` (trimmed; the caller checks it is 1–80 characters). */
export function saveVersion(
  canvas: Canvas,
  name: string,
  now = new Date(),
  storage = getStorage(),
): WriteResult & { key: string } {
  const tag = `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const key = keyOf(canvas.id, tag);
  const file = JSON.parse(serializeCanvasFile(canvas, { savedAt: now })) as object;
  const text = JSON.stringify({ versionName: name.trim(), ...file });
  return { key, ...writeOnce(key, text, storage) };
}

export function deleteVersion(key: string, storage: StorageArea | null = getStorage()): void {
  if (key.startsWith(PREFIX)) removeItem(key, storage);
}

/** Versions whose canvas is gone from the library go with it (the user deleted the canvas). */
export function pruneVersions(existing: ReadonlySet<string>, storage = getStorage()): void {
  for (const key of listKeys(PREFIX, storage)) {
    const id = canvasIdOf(key);
    if (id !== null && !existing.has(id)) removeItem(key, storage);
  }
}
