/**
 * The page goes (closed, reloaded, hidden) before the save controller's code has arrived: the
 * edits and deletions made meanwhile are written now, so nothing done in that moment is lost or
 * comes back. Only canvases whose stored text is still the one this tab loaded are written or
 * removed (the controller would adopt or ask about anything another tab wrote, and keeps what it
 * cannot read; it is left for it). What is done is recorded in `load`, so a controller that
 * starts later (the page came back) knows it is saved.
 */
import { useCanvasStore } from '@/store/canvasStore';

import { changedIds, indexChanged, removedIds, without } from './libraryChanges';
import { writeLibraryIndex } from './libraryIndex';
import type { LibraryLoad } from './loadLibrary';
import { readItem, removeItem, type StorageArea } from './safeStorage';
import { canvasKey } from './storageKeys';
import { writeCanvasText } from './writeCanvas';

export function writeBeforeSaving(load: LibraryLoad, storage: StorageArea | null, tabId: string) {
  const state = useCanvasStore.getState();
  const isOurs = (id: string) =>
    !load.protectedIds.includes(id) &&
    readItem(canvasKey(id), storage) === (load.texts[id] ?? null);

  for (const id of changedIds(state, load.library)) {
    const canvas = state.canvases[id];
    if (!canvas || !isOurs(id)) continue;
    const write = writeCanvasText(id, canvas, { storedRev: load.revs[id] ?? 0, tabId, storage });
    if (!write.ok) return; // the index lists only what is stored
    load.library = { ...load.library, canvases: { ...load.library.canvases, [id]: canvas } };
    load.texts = { ...load.texts, [id]: write.raw };
    load.revs = { ...load.revs, [id]: write.rev };
  }

  const { order, activeId } = state;
  if (indexChanged(state, load.library)) {
    if (!writeLibraryIndex({ order, activeId }, storage).ok) return;
    load.library = { ...load.library, order, activeId };
  }

  // Deleted canvases leave storage once the index no longer lists them, as in the controller.
  for (const id of removedIds(state, load.library)) {
    if (!isOurs(id)) continue;
    removeItem(canvasKey(id), storage);
    load.library = { ...load.library, canvases: without(load.library.canvases, id) };
    load.texts = without(load.texts, id);
    load.revs = without(load.revs, id);
  }
}
