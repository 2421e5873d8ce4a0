/**
 * A stored canvas that is not simply current and valid: migrated, repaired or refused by
 * `loadStoredCanvas`, with its original kept in a write-once backup before the app may write,
 * and what the user must be told. Loaded only when a library holds such a canvas.
 */
import type { CanvasReport } from '@/store/persistenceStatus';

import { contentTag, saveBackup } from './backups';
import { loadStoredCanvas, type CanvasLoad, type MigrationOptions } from './loadCanvas';
import { isLossy } from './repair';
import type { StorageArea } from './safeStorage';

export type OlderOrDamagedLoad = {
  load: CanvasLoad;
  /** loaded, but never to be written: its original could not be backed up */
  protect: boolean;
  report: CanvasReport | null;
};

export function loadOlderOrDamaged(
  raw: string,
  id: string,
  storage: StorageArea | null,
  options: MigrationOptions,
): OlderOrDamagedLoad {
  const load = loadStoredCanvas(raw, id, options);

  if (load.status === 'ok') {
    const lossy = load.repairs.filter(isLossy);
    // The original text goes to a backup before anything could overwrite it; if that fails,
    // the canvas is shown but never written, so the original survives either way.
    if (lossy.length > 0) {
      const backup = saveBackup('repair', id, contentTag(raw), raw, storage);
      return {
        load,
        protect: !backup.result.ok,
        report: {
          canvasId: id,
          name: load.canvas.name,
          kind: 'repaired',
          paths: lossy.map((r) => r.path),
          problems: [],
          ...(load.adjustments && { adjustments: load.adjustments }),
          backupKey: backup.result.ok ? backup.key : null,
        },
      };
    }
    if (load.migratedFrom === undefined) return { load, protect: false, report: null };
    // Spec decision: the upgraded canvas is written with the user's next edit, not at load,
    // so tabs starting together never race to write the same upgrade.
    const backup = saveBackup('pre-migration', id, `v${load.migratedFrom}`, raw, storage);
    return {
      load,
      protect: !backup.result.ok,
      // nothing the user typed changes silently: clamped values are reported (§9.8)
      report: load.adjustments
        ? {
            canvasId: id,
            name: load.canvas.name,
            kind: 'adjusted',
            paths: [],
            problems: [],
            adjustments: load.adjustments,
            backupKey: backup.result.ok ? backup.key : null,
          }
        : null,
    };
  }

  // Not loaded: the key stays exactly as it is, and a copy is kept for download.
  const quarantined = load.status !== 'newer';
  const backup = quarantined ? saveBackup('quarantine', id, contentTag(raw), raw, storage) : null;
  return {
    load,
    protect: false,
    report: {
      canvasId: id,
      name: load.name,
      kind: load.status,
      paths: load.status === 'unknown_fields' ? load.paths : [],
      problems: load.status === 'invalid' ? load.problems : [],
      backupKey: backup?.result.ok ? backup.key : null,
    },
  };
}
