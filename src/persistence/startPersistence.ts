/**
 * Start-up, in two steps. `openLibrary` probes storage, loads every canvas and hydrates the
 * store before the first render, so the app never shows (or writes) an empty library by mistake.
 * `startSaving` loads the save controller's code once the first screen is up, or at the first
 * edit if that comes sooner; the controller compares the store with what was loaded, so an edit
 * made before it started is saved like any other, and should the page go before the code has
 * arrived, `writeBeforeSaving` writes that edit (or deletion) at once.
 */
import { createId } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { usePersistenceStatus, type StorageHealth } from '@/store/persistenceStatus';
import { clearHistory } from '@/store/undo';

import { loadLibrary, type LibraryLoad } from './loadLibrary';
import type { MigrationOptions } from './loadCanvas';
import { getStorage, probeStorage, type StorageArea } from './safeStorage';
import type { ConflictChoice, IdleRunner, SaveController } from './saveController';
import { writeBeforeSaving } from './writeBeforeSaving';

export type StartOptions = MigrationOptions & {
  storage?: StorageArea | null;
  /** window to listen on; none in unit tests that drive the controller directly */
  target?: Window | null;
  debounceMs?: number;
  /** how a due save waits for an idle moment (tests run it by hand) */
  whenIdle?: IdleRunner;
};

/** What `openLibrary` loaded, for the controller that starts later. */
type Opened = {
  storage: StorageArea | null;
  tabId: string;
  health: StorageHealth;
  load: LibraryLoad;
  options: StartOptions;
  stopWatching: () => void;
  /** aborted once the controller took over: removes the page-going listeners of `writeBeforeSaving` */
  earlyWrites: AbortController;
  /** aborted when the library is opened again or saving is suspended: removes the controller's */
  controllerEvents: AbortController;
  saving: Promise<SaveController | null> | null;
};

let opened: Opened | null = null;
let current: SaveController | null = null;
/** The recovery screen is up: nothing may start saving any more. */
let suspended = false;

/** Stops every write for good: the recovery screen is up and the app state may be broken. */
export function suspendSaving(): void {
  suspended = true;
  closeSession();
  usePersistenceStatus.setState({ phase: 'suspended' });
}

/** "Try again" after a failed save. */
export function retrySaving(): void {
  current?.flush();
}

export function resolveSaveConflict(canvasId: string, choice: ConflictChoice): void {
  current?.resolveConflict(canvasId, choice);
}

/** Stops what the opened library set going: its watch, its listeners and its controller. */
function closeSession() {
  opened?.stopWatching();
  opened?.earlyWrites.abort();
  opened?.controllerEvents.abort();
  current?.suspend();
}

export async function openLibrary(options: StartOptions = {}): Promise<void> {
  const { storage = getStorage() } = options;
  closeSession();
  current = null;
  opened = null;
  suspended = false;
  const health = probeStorage(storage);
  const load: LibraryLoad = await loadLibrary(storage, options);

  // A first visit loads an empty library (the editor shows its first-run choices); nothing is
  // written until the user creates or edits a canvas.
  useCanvasStore.setState(load.library);
  clearHistory(); // undo must never unload what was loaded

  usePersistenceStatus.setState({ phase: 'ready', storage: health, reports: load.reports });
  // An edit before saving started starts it, and the status says it is not saved yet.
  const stopWatching = useCanvasStore.subscribe(() => {
    stopWatching();
    usePersistenceStatus.setState({ save: 'pending' });
    void startSaving();
  });
  const tabId = newTabId();
  // Until the controller starts (or the library is opened again, or saving is suspended).
  const earlyWrites = new AbortController();
  const { target = typeof window === 'undefined' ? null : window } = options;
  if (target && health !== 'blocked') {
    const goingAway = () => writeBeforeSaving(load, storage, tabId);
    const { signal } = earlyWrites;
    target.addEventListener('pagehide', goingAway, { signal });
    target.document.addEventListener(
      'visibilitychange',
      () => target.document.visibilityState === 'hidden' && goingAway(),
      { signal },
    );
  }
  opened = {
    storage,
    tabId,
    health,
    load,
    options,
    stopWatching,
    earlyWrites,
    controllerEvents: new AbortController(),
    saving: null,
  };
}

/**
 * Starts the save controller of the library `openLibrary` loaded (once; later calls get the
 * same one). Null when saving may not start: nothing was opened, the library was opened again
 * meanwhile, the recovery screen is up, or the code could not be fetched (the status then says
 * nothing is saved, and to keep a backup; a browser does not fetch a failed module again).
 */
export function startSaving(): Promise<SaveController | null> {
  const session = opened;
  if (!session || suspended) return Promise.resolve(null);
  session.saving ??= import('./saveController').then(
    ({ createSaveController }) => {
      if (session !== opened || suspended) return null;
      session.stopWatching();
      session.earlyWrites.abort();
      const { storage, tabId, health, load, options } = session;
      const controller = createSaveController({
        storage,
        health,
        tabId,
        baseline: load.library,
        revs: load.revs,
        texts: load.texts,
        protectedIds: load.protectedIds,
        debounceMs: options.debounceMs,
        whenIdle: options.whenIdle,
      });
      const { target = typeof window === 'undefined' ? null : window } = options;
      if (target) listen(target, controller, session.controllerEvents.signal);
      // Another tab may have written while this one was not listening yet.
      controller.resync();
      current = controller;
      return controller;
    },
    () => {
      usePersistenceStatus.setState({ save: 'failed', failure: 'offline' });
      return null;
    },
  );
  return session.saving;
}

function listen(target: Window, controller: SaveController, signal: AbortSignal) {
  // A renderer crash fires none of these, which is why saves are also debounced, not deferred.
  target.addEventListener('pagehide', controller.flush, { signal });
  target.document.addEventListener(
    'visibilitychange',
    () => {
      if (target.document.visibilityState === 'hidden') controller.flush();
      else controller.resync();
    },
    { signal },
  );
  target.addEventListener(
    'storage',
    (event) => {
      if (event.key !== null) controller.applyExternalChange(event.key, event.newValue);
    },
    { signal },
  );
}

function newTabId(): string {
  // randomUUID exists only in secure contexts (https, localhost).
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : createId('tab');
}
