/**
 * Named versions of a canvas, kept in this browser (offline too): `bmc:version:<canvas id>:<tag>`
 * holds the canvas's envelope with the version's name, so a version loads through the same
 * pipeline as a stored canvas (migrations, repair) and an old one still opens after an upgrade.
 * A version is never overwritten; the user deletes it.
 */
import { parseJsonSafely, type Canvas } from '@/domain';

import { isRecord, serializeEnvelope } from './envelope';
import { loadStoredCanvas } from './loadCanvas';
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
    const version = readVersion(key, raw, canvasId);
    if (version) list.versions.push(version);
    else list.unreadable.push(key);
  }
  list.versions.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return list;
}

function readVersion(key: string, raw: string, canvasId: string): SavedVersion | null {
  const json = parseJsonSafely(raw);
  if (!json.ok || !isRecord(json.value)) return null;
  const { versionName, savedAt } = json.value;
  if (typeof versionName !== 'string' || typeof savedAt !== 'string') return null;
  const load = loadStoredCanvas(raw, canvasId);
  return load.status === 'ok' ? { key, name: versionName, savedAt, canvas: load.canvas } : null;
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
  const text = serializeEnvelope(canvas, {
    rev: 0,
    writerTabId: 'version',
    savedAt: now,
    versionName: name.trim(),
  });
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
