/**
 * `bmc:index`: the order of the canvases and the one open last. Written after the canvases,
 * and only a hint when loading: a canvas key it does not list is still loaded (appended), so a
 * write interrupted between a canvas and the index never hides a canvas.
 */
import { isRecord } from './envelope';
import { readItem, writeItem, type WriteResult, type StorageArea } from './safeStorage';
import { STORAGE_KEYS } from './storageKeys';

const INDEX_FORMAT = 'bmc-index';

export type LibraryIndex = { order: string[]; activeId: string | null };

export function readLibraryIndex(storage: StorageArea | null): LibraryIndex {
  const raw = readItem(STORAGE_KEYS.index, storage);
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    if (!isRecord(value) || value.format !== INDEX_FORMAT || !Array.isArray(value.order)) {
      return { order: [], activeId: null };
    }
    return {
      order: value.order.filter((id): id is string => typeof id === 'string'),
      activeId: typeof value.activeId === 'string' ? value.activeId : null,
    };
  } catch {
    return { order: [], activeId: null }; // a damaged index only loses the order
  }
}

export function writeLibraryIndex(index: LibraryIndex, storage: StorageArea | null): WriteResult {
  return writeItem(
    STORAGE_KEYS.index,
    JSON.stringify({ format: INDEX_FORMAT, version: 1, ...index }),
    storage,
  );
}

/** The order to show: the index's order for known ids, then canvases it does not list. */
export function orderCanvases(index: LibraryIndex, ids: readonly string[]): LibraryIndex {
  const present = new Set(ids);
  const listed = index.order.filter((id, i) => present.has(id) && index.order.indexOf(id) === i);
  const order = [...listed, ...ids.filter((id) => !listed.includes(id))];
  const activeId =
    index.activeId !== null && present.has(index.activeId) ? index.activeId : (order[0] ?? null);
  return { order, activeId };
}
