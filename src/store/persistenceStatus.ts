/**
 * What the user must see about saving: read by the save status, banners and the file menu.
 * src/persistence writes it (it alone touches storage); the UI reads it like any other store.
 */
import { create } from 'zustand';

import type { CanvasProblem, MigrationAdjustment } from '@/domain';

/** Why a write failed. */
export type WriteFailure = 'blocked' | 'quota' | 'unknown';

/**
 * - `ok`: writes work.
 * - `blocked`: no storage, or it refuses even a one-byte write while empty (old Safari private
 *   mode throws a quota error for every write): nothing will ever be kept.
 * - `full`: a quota error with data already there: saving fails until space is freed.
 */
export type StorageHealth = 'ok' | 'blocked' | 'full';

/** Where a problem is in the stored canvas. */
type Path = (string | number)[];

/** Something the user must hear about one stored canvas. */
export type CanvasReport = {
  canvasId: string;
  name: string | null;
  kind:
    | 'repaired'
    | 'adjusted'
    | 'newer'
    | 'unknown_fields'
    | 'unreadable'
    | 'invalid'
    | 'migration_failed';
  /** where the problems are, for the message */
  paths: Path[];
  problems: CanvasProblem[];
  /** the values an upgrade changed, from what to what (`adjusted`, or with a repair) */
  adjustments?: MigrationAdjustment[];
  /** the write-once copy of the original text; null if it could not be written */
  backupKey: string | null;
};

/**
 * `protected`: an edited canvas may not be written (its original could not be backed up, or a
 * newer version of the app wrote it); `conflict`: another tab changed a canvas edited here;
 * `offline`: the code that saves, loaded after the first screen, could not be fetched.
 */
export type SaveFailure = WriteFailure | 'protected' | 'conflict' | 'offline';

export type ConflictNotice = { canvasId: string; name: string };

export type PersistenceStatus = {
  /** `suspended`: nothing is written any more (the app crashed and shows the recovery screen). */
  phase: 'loading' | 'ready' | 'suspended';
  storage: StorageHealth;
  save: 'saved' | 'pending' | 'failed';
  failure: SaveFailure | null;
  /** epoch ms of the last successful save in this tab */
  savedAt: number | null;
  reports: CanvasReport[];
  /** canvases changed in another tab while this tab had unsaved edits to them */
  conflicts: ConflictNotice[];
};

export const INITIAL_STATUS: PersistenceStatus = {
  phase: 'loading',
  storage: 'ok',
  save: 'saved',
  failure: null,
  savedAt: null,
  reports: [],
  conflicts: [],
};

export const usePersistenceStatus = create<PersistenceStatus>()(() => INITIAL_STATUS);

/** Hides a load report for this session; it comes back on the next load while the cause stays. */
export function dismissReport(canvasId: string): void {
  usePersistenceStatus.setState((s) => ({
    reports: s.reports.filter((r) => r.canvasId !== canvasId),
  }));
}
