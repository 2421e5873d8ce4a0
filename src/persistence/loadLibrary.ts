/**
 * Loads every stored canvas (`bmc:canvas:*`), whatever the index says. A canvas this version
 * wrote, valid as is, is only read; for any other the migration and repair code is loaded,
 * which keeps the original text in a write-once backup before the app may write.
 * The stored canvas keys themselves are never written here.
 */
import type { Canvas } from '@/domain';
import type { CanvasLibrary } from '@/store/canvasStore';
import type { CanvasReport } from '@/store/persistenceStatus';

import { loadCurrentCanvas } from './currentCanvas';
import { orderCanvases, readLibraryIndex } from './libraryIndex';
import type { MigrationOptions } from './loadCanvas';
import type { loadOlderOrDamaged, OlderOrDamagedLoad } from './loadOlderOrDamaged';
import { listKeys, readItem, type StorageArea } from './safeStorage';
import { canvasIdOfKey, STORAGE_KEYS } from './storageKeys';

export type LibraryLoad = {
  library: CanvasLibrary;
  /** the stored `rev` of each loaded canvas */
  revs: Record<string, number>;
  /** the stored text each canvas was loaded from */
  texts: Record<string, string>;
  /** loaded, but never written: the original could not be backed up before a lossy change */
  protectedIds: string[];
  reports: CanvasReport[];
};

export async function loadLibrary(
  storage: StorageArea | null,
  options: MigrationOptions = {},
): Promise<LibraryLoad> {
  // Maps, turned into objects with fromEntries: an id such as "__proto__" stays a plain key.
  const canvases = new Map<string, Canvas>();
  const revs = new Map<string, number>();
  const texts = new Map<string, string>();
  const protectedIds: string[] = [];
  const reports: CanvasReport[] = [];
  let olderOrDamaged: Promise<typeof loadOlderOrDamaged> | undefined;

  for (const key of listKeys(STORAGE_KEYS.canvasPrefix, storage)) {
    const id = canvasIdOfKey(key);
    const raw = readItem(key, storage);
    if (id === null || raw === null) continue;
    const current = loadCurrentCanvas(raw, id, options.currentVersion);
    const { load, protect, report }: OlderOrDamagedLoad = current
      ? { load: current, protect: false, report: null }
      : (await (olderOrDamaged ??= loadOlderOrDamagedCode()))(raw, id, storage, options);
    if (load.status === 'ok') {
      canvases.set(id, load.canvas);
      revs.set(id, load.meta.rev);
      texts.set(id, raw);
    }
    if (protect) protectedIds.push(id);
    if (report) reports.push(report);
  }

  const { order, activeId } = orderCanvases(readLibraryIndex(storage), [...canvases.keys()]);
  return {
    library: { canvases: Object.fromEntries(canvases), order, activeId },
    revs: Object.fromEntries(revs),
    texts: Object.fromEntries(texts),
    protectedIds,
    reports,
  };
}

const loadOlderOrDamagedCode = () =>
  import('./loadOlderOrDamaged').then((module) => module.loadOlderOrDamaged);
