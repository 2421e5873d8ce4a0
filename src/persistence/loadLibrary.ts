/**
 * Loads every stored canvas (`bmc:canvas:*`), whatever the index says, and keeps the original
 * text of anything it could not take as is in a write-once backup before the app may write.
 * The stored canvas keys themselves are never written here.
 */
import type { Canvas } from '@/domain';
import type { CanvasLibrary } from '@/store/canvasStore';
import type { CanvasReport } from '@/store/persistenceStatus';

import { contentTag, saveBackup } from './backups';
import { orderCanvases, readLibraryIndex } from './libraryIndex';
import { loadStoredCanvas, type MigrationOptions } from './loadCanvas';
import { isLossy } from './repair';
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

export function loadLibrary(
  storage: StorageArea | null,
  options: MigrationOptions = {},
): LibraryLoad {
  // Maps, turned into objects with fromEntries: an id such as "__proto__" stays a plain key.
  const canvases = new Map<string, Canvas>();
  const revs = new Map<string, number>();
  const texts = new Map<string, string>();
  const protectedIds: string[] = [];
  const reports: CanvasReport[] = [];

  for (const key of listKeys(STORAGE_KEYS.canvasPrefix, storage)) {
    const id = canvasIdOfKey(key);
    const raw = readItem(key, storage);
    if (id === null || raw === null) continue;
    const load = loadStoredCanvas(raw, id, options);

    if (load.status === 'ok') {
      canvases.set(id, load.canvas);
      revs.set(id, load.meta.rev);
      texts.set(id, raw);
      const lossy = load.repairs.filter(isLossy);
      // The original text goes to a backup before anything could overwrite it; if that fails,
      // the canvas is shown but never written, so the original survives either way.
      if (lossy.length > 0) {
        const backup = saveBackup('repair', id, contentTag(raw), raw, storage);
        if (!backup.result.ok) protectedIds.push(id);
        reports.push({
          canvasId: id,
          name: load.canvas.name,
          kind: 'repaired',
          paths: lossy.map((r) => r.path),
          problems: [],
          ...(load.adjustments && { adjustments: load.adjustments }),
          backupKey: backup.result.ok ? backup.key : null,
        });
      } else if (load.migratedFrom !== undefined) {
        // Spec decision: the upgraded canvas is written with the user's next edit, not at load,
        // so tabs starting together never race to write the same upgrade.
        const backup = saveBackup('pre-migration', id, `v${load.migratedFrom}`, raw, storage);
        if (!backup.result.ok) protectedIds.push(id);
        // nothing the user typed changes silently: clamped values are reported (§9.8)
        if (load.adjustments)
          reports.push({
            canvasId: id,
            name: load.canvas.name,
            kind: 'adjusted',
            paths: [],
            problems: [],
            adjustments: load.adjustments,
            backupKey: backup.result.ok ? backup.key : null,
          });
      }
      continue;
    }

    // Not loaded: the key stays exactly as it is, and a copy is kept for download.
    const quarantined = load.status !== 'newer';
    const backup = quarantined ? saveBackup('quarantine', id, contentTag(raw), raw, storage) : null;
    reports.push({
      canvasId: id,
      name: load.name,
      kind: load.status,
      paths: load.status === 'unknown_fields' ? load.paths : [],
      problems: load.status === 'invalid' ? load.problems : [],
      backupKey: backup?.result.ok ? backup.key : null,
    });
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
