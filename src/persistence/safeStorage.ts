/**
 * Guarded access to localStorage: browsers may block it (SecurityError on the getter),
 * refuse every write (old private modes) or run out of quota. None of that may throw into the UI.
 */
export type WriteResult = { ok: true } | { ok: false; reason: 'blocked' | 'quota' | 'unknown' };

export function getStorage(): Storage | null {
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
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
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

export function removeItem(key: string, storage = getStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do: a blocked storage has nothing to remove
  }
}
