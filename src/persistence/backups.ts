/**
 * Write-once backups under `bmc:backup:*`: the raw text of a canvas that could not be loaded
 * as is (quarantine, lossy repair), the stored text before a migration, and the open canvas
 * before an import replaced it. A backup key is never overwritten.
 */
import type { Canvas } from '@/domain';

import { serializeEnvelope } from './envelope';
import { loadStoredCanvas } from './loadCanvas';
import {
  listKeys,
  readItem,
  removeItem,
  writeOnce,
  type WriteResult,
  type StorageArea,
} from './safeStorage';
import { backupKey, parseBackupKey, STORAGE_KEYS, type BackupKind } from './storageKeys';

/** FNV-1a, 32 bit: names a backup by its content, so the same text is backed up once. */
export function contentTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export type SavedBackup = { key: string; result: WriteResult };

export function saveBackup(
  kind: BackupKind,
  canvasId: string,
  tag: string,
  text: string,
  storage: StorageArea | null,
): SavedBackup {
  const key = backupKey(kind, canvasId, tag);
  return { key, result: writeOnce(key, text, storage) };
}

/** Keeps `canvas` as it is in memory, e.g. before an import replaces it. */
export function backupCanvas(
  kind: BackupKind,
  canvas: Canvas,
  storage: StorageArea | null,
  now = new Date(),
): SavedBackup {
  const text = serializeEnvelope(canvas, { rev: 0, writerTabId: 'backup', savedAt: now });
  return saveBackup(kind, canvas.id, now.getTime().toString(36), text, storage);
}

export type BackupEntry = {
  key: string;
  kind: BackupKind;
  canvasId: string;
  /** the canvas name when the backup can be read */
  name: string | null;
  /** the canvas it holds when it can be opened (else it can only be downloaded) */
  canvas: Canvas | null;
  size: number;
};

export function listBackups(storage: StorageArea | null): BackupEntry[] {
  return listKeys(STORAGE_KEYS.backupPrefix, storage).flatMap((key) => {
    const parts = parseBackupKey(key);
    const raw = readItem(key, storage);
    if (!parts || raw === null) return [];
    const load = loadStoredCanvas(raw, parts.canvasId);
    const canvas = load.status === 'ok' ? load.canvas : null;
    const name = load.status === 'ok' ? load.canvas.name : load.name;
    return [{ key, kind: parts.kind, canvasId: parts.canvasId, name, canvas, size: raw.length }];
  });
}

export function readBackup(key: string, storage: StorageArea | null): string | null {
  return key.startsWith(STORAGE_KEYS.backupPrefix) ? readItem(key, storage) : null;
}

/** Deleting is the user's explicit choice from the backups list. */
export function deleteBackup(key: string, storage: StorageArea | null): void {
  if (key.startsWith(STORAGE_KEYS.backupPrefix)) removeItem(key, storage);
}
