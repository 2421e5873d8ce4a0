/**
 * Guarded access to localStorage: browsers may block it (SecurityError on the getter),
 * refuse every write (old private modes) or run out of quota. None of that may throw into the UI.
 */
import type { StorageHealth, WriteFailure } from '@/store/persistenceStatus';

import { STORAGE_KEYS } from './storageKeys';

/** The part of the Web Storage API used here; tests pass an in-memory one with injected faults. */
export type StorageArea = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

export function getStorage(): StorageArea | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // the getter itself throws when the user blocks site data
  }
}

export function readItem(key: string, storage = getStorage()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
  );
}

export function writeItem(key: string, value: string, storage = getStorage()): WriteResult {
  if (!storage) return { ok: false, reason: 'blocked' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unknown' };
  }
}

/** Writes `value` only if `key` is still free, so a backup is never replaced by a later one. */
export function writeOnce(key: string, value: string, storage = getStorage()): WriteResult {
  if (readItem(key, storage) !== null) return { ok: true };
  return writeItem(key, value, storage);
}

export function removeItem(key: string, storage = getStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do: a blocked storage has nothing to remove
  }
}

/** Every key starting with `prefix`, in storage order. */
export function listKeys(prefix: string, storage = getStorage()): string[] {
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // a storage that fails while listing is treated as holding nothing more
  }
  return keys;
}

/** Probes storage with a tiny write that it removes again; run once at start-up. */
export function probeStorage(storage = getStorage()): StorageHealth {
  if (!storage) return 'blocked';
  const result = writeItem(STORAGE_KEYS.probe, '1', storage);
  if (result.ok) {
    removeItem(STORAGE_KEYS.probe, storage);
    return 'ok';
  }
  return result.reason === 'quota' && storedCount(storage) > 0 ? 'full' : 'blocked';
}

function storedCount(storage: StorageArea): number {
  try {
    return storage.length;
  } catch {
    return 0;
  }
}
