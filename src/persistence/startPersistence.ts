/**
 * Start-up: probe storage, load every canvas, hydrate the store, then start saving. Runs once,
 * before the first render, so the app never shows (or writes) an empty library by mistake.
 */
import { createId } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { usePersistenceStatus } from '@/store/persistenceStatus';
import { clearHistory } from '@/store/undo';

import { loadLibrary, type LibraryLoad } from './loadLibrary';
import type { MigrationOptions } from './loadCanvas';
import { getStorage, probeStorage, type StorageArea } from './safeStorage';
import {
  createSaveController,
  type ConflictChoice,
  type IdleRunner,
  type SaveController,
} from './saveController';

export type StartOptions = MigrationOptions & {
  storage?: StorageArea | null;
  /** window to listen on; none in unit tests that drive the controller directly */
  target?: Window | null;
  debounceMs?: number;
  /** how a due save waits for an idle moment (tests run it by hand) */
  whenIdle?: IdleRunner;
};

let current: SaveController | null = null;

/** Stops every write for good: the recovery screen is up and the app state may be broken. */
export function suspendSaving(): void {
  current?.suspend();
}

/** "Try again" after a failed save. */
export function retrySaving(): void {
  current?.flush();
}

export function resolveSaveConflict(canvasId: string, choice: ConflictChoice): void {
  current?.resolveConflict(canvasId, choice);
}

export function startPersistence(options: StartOptions = {}): SaveController {
  const { storage = getStorage(), target = typeof window === 'undefined' ? null : window } =
    options;
  current?.suspend();
  const health = probeStorage(storage);
  const load: LibraryLoad = loadLibrary(storage, options);

  // A first visit loads an empty library (the editor shows its first-run choices); nothing is
  // written until the user creates or edits a canvas.
  useCanvasStore.setState(load.library);
  clearHistory(); // undo must never unload what was loaded

  usePersistenceStatus.setState({ phase: 'ready', storage: health, reports: load.reports });
  const controller = createSaveController({
    storage,
    health,
    tabId: newTabId(),
    revs: load.revs,
    texts: load.texts,
    protectedIds: load.protectedIds,
    debounceMs: options.debounceMs,
    whenIdle: options.whenIdle,
  });
  if (target) listen(target, controller);
  current = controller;
  return controller;
}

function listen(target: Window, controller: SaveController) {
  // A renderer crash fires none of these, which is why saves are also debounced, not deferred.
  target.addEventListener('pagehide', controller.flush);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') controller.flush();
    else controller.resync();
  });
  target.addEventListener('storage', (event) => {
    if (event.key !== null) controller.applyExternalChange(event.key, event.newValue);
  });
}

function newTabId(): string {
  // randomUUID exists only in secure contexts (https, localhost).
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : createId('tab');
}
