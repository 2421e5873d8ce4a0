/**
 * The stored strings exactly as they are, for "Download my data" on the recovery screen and
 * "Download raw data" on a load problem: they must work even when nothing else does, so they
 * read storage directly and never go through the store.
 */
import { listKeys, readItem, type StorageArea } from './safeStorage';
import { STORAGE_KEYS } from './storageKeys';

export const RAW_DUMP_FORMAT = 'vinculo-raw-storage';

/** Every key of this app with its raw text, as one JSON document. */
export function dumpRawStorage(storage: StorageArea | null, now = new Date()): string {
  const keys = [...listKeys('bmc:', storage), ...listKeys(STORAGE_KEYS.language, storage)].sort();
  const items = Object.fromEntries(
    keys.flatMap((key) => {
      const raw = readItem(key, storage);
      return raw === null ? [] : [[key, raw]];
    }),
  );
  return JSON.stringify({ format: RAW_DUMP_FORMAT, savedAt: now.toISOString(), items }, null, 2);
}

/** The raw text of one stored item (a canvas or a backup) of this app, or null. */
export function readRawItem(key: string, storage: StorageArea | null): string | null {
  return key.startsWith('bmc:') ? readItem(key, storage) : null;
}
