/**
 * The page goes (closed, reloaded, hidden) before the save controller's code has arrived: the
 * edits made meanwhile are written now, so nothing typed in that moment is lost. Only canvases
 * whose stored text is still the one this tab loaded are written (the controller would adopt or
 * ask about anything another tab wrote; it is left for it). What is written is recorded in
 * `load`, so a controller that starts later (the page came back) knows it is saved.
 */
import { useCanvasStore } from '@/store/canvasStore';

import { serializeEnvelope } from './envelope';
import { writeLibraryIndex } from './libraryIndex';
import type { LibraryLoad } from './loadLibrary';
import { readItem, writeItem, type StorageArea } from './safeStorage';
import { canvasKey } from './storageKeys';

export function writeBeforeSaving(load: LibraryLoad, storage: StorageArea | null, tabId: string) {
  const { canvases, order, activeId } = useCanvasStore.getState();
  for (const id of order) {
    const canvas = canvases[id];
    if (!canvas || canvas === load.library.canvases[id] || load.protectedIds.includes(id)) continue;
    if (readItem(canvasKey(id), storage) !== (load.texts[id] ?? null)) continue;
    const rev = (load.revs[id] ?? 0) + 1;
    const raw = serializeEnvelope(canvas, { rev, writerTabId: tabId });
    if (!writeItem(canvasKey(id), raw, storage).ok) return; // the index lists only what is stored
    load.library = { ...load.library, canvases: { ...load.library.canvases, [id]: canvas } };
    load.texts = { ...load.texts, [id]: raw };
    load.revs = { ...load.revs, [id]: rev };
  }
  const saved = load.library;
  const indexChanged =
    activeId !== saved.activeId ||
    order.length !== saved.order.length ||
    order.some((id, i) => saved.order[i] !== id);
  if (indexChanged && writeLibraryIndex({ order, activeId }, storage).ok)
    load.library = { ...saved, order, activeId };
}
