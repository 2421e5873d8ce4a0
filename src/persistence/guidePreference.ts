import { readItem, writeItem } from './safeStorage';
import { STORAGE_KEYS } from './storageKeys';

/** Whether this browser has already finished or skipped the guided tour. */
export function loadGuideSeen(): boolean {
  return readItem(STORAGE_KEYS.guideSeen) === '1';
}

export function saveGuideSeen(): void {
  writeItem(STORAGE_KEYS.guideSeen, '1'); // best effort: at worst the tour is offered again
}
