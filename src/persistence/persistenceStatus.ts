/** What the user must see about saving: read by the save status, banners and the file menu. */
import { create } from 'zustand';

import type { CanvasReport } from './loadLibrary';
import type { StorageHealth, WriteFailure } from './safeStorage';

/**
 * `protected`: an edited canvas may not be written (its original could not be backed up, or a
 * newer version of the app wrote it); `conflict`: another tab changed a canvas edited here.
 */
export type SaveFailure = WriteFailure | 'protected' | 'conflict';

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
