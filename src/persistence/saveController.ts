/**
 * The save pipeline and the tab sync, around the canvas store:
 * - nothing is written until it is created (after the load) nor after `suspend()`;
 * - edits are debounced, then only the changed canvases are written, then the index;
 * - a canvas whose stored `rev` moved on since this tab read it was written by another tab:
 *   it is adopted when this tab has no unsaved edits to it, else it becomes a conflict
 *   that the user settles (keep mine / load theirs); nothing is overwritten silently.
 */
import type { Canvas } from '@/domain';
import { canWaitForIdle, whenIdle } from '@/lib/whenIdle';
import { useCanvasStore, type CanvasLibrary } from '@/store/canvasStore';
import {
  usePersistenceStatus,
  type CanvasReport,
  type SaveFailure,
  type StorageHealth,
} from '@/store/persistenceStatus';
import { clearHistory } from '@/store/undo';

import { contentTag, saveBackup } from './backups';
import { changedIds, indexChanged, isChanged, removedIds, without } from './libraryChanges';
import { writeLibraryIndex } from './libraryIndex';
import { loadStoredCanvas } from './loadCanvas';
import { listKeys, readItem, removeItem, type StorageArea } from './safeStorage';
import { canvasIdOfKey, canvasKey, STORAGE_KEYS } from './storageKeys';
import { writeCanvasText } from './writeCanvas';

export type SaveControllerOptions = {
  storage: StorageArea | null;
  health: StorageHealth;
  tabId: string;
  /** the library as loaded: what differs from it in the store is unsaved, edits made before this started included */
  baseline: CanvasLibrary;
  /** stored `rev` of each loaded canvas */
  revs: Record<string, number>;
  /** the stored text each canvas was loaded from, so the first save need not validate it again */
  texts?: Record<string, string>;
  protectedIds: readonly string[];
  /** Spec decision: 500 ms after the last edit, and at most 2 s into a burst of typing. */
  debounceMs?: number;
  maxWaitMs?: number;
  /** Runs a due save when the page is idle (see idleRunner); returns a cancel. */
  whenIdle?: IdleRunner;
};

/** Runs `task` soon, at a moment of its choosing; the returned function cancels it. */
export type IdleRunner = (task: () => void) => () => void;

/**
 * A due save waits for an idle moment, at most `timeoutMs`: serialising and writing a big
 * canvas (689 kB at 200 segments: about 40 ms, a few times that on a slow laptop) otherwise
 * lands between two keystrokes and delays the next one. Where the browser has no
 * requestIdleCallback, the save runs at once.
 */
export function idleRunner(timeoutMs = 500): IdleRunner {
  if (!canWaitForIdle())
    return (task) => {
      task();
      return () => {};
    };
  return (task) => whenIdle(task, timeoutMs);
}

export type ConflictChoice = 'mine' | 'theirs';

export type SaveController = {
  /** Writes pending changes now (timer, page hidden, page closed). */
  flush: () => void;
  /** Applies a change another tab made to `key` (a `storage` event, or a re-read). */
  applyExternalChange: (key: string, newValue: string | null) => void;
  /** Re-reads every stored canvas, for when this tab comes back to the foreground. */
  resync: () => void;
  resolveConflict: (canvasId: string, choice: ConflictChoice) => void;
  /** Stops every write for good (the recovery screen is up). */
  suspend: () => void;
};

type Conflict = { theirs: Canvas; rev: number };

export function createSaveController(options: SaveControllerOptions): SaveController {
  const {
    storage,
    health,
    tabId,
    debounceMs = 500,
    maxWaitMs = 2000,
    whenIdle = idleRunner(),
  } = options;
  const store = useCanvasStore;
  const status = usePersistenceStatus;

  /** What storage holds, as far as this tab knows: the baseline for "unsaved". */
  let saved: CanvasLibrary = options.baseline;
  const knownRevs = new Map(Object.entries(options.revs));
  const protectedIds = new Set(options.protectedIds);
  const conflicts = new Map<string, Conflict>();
  let lastFailure: SaveFailure | null = health === 'blocked' ? 'blocked' : null;
  let active = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** cancels the save waiting for an idle moment, if one is */
  let cancelIdle: (() => void) | null = null;
  let burstStartedAt: number | null = null;
  let lastEditAt = 0;

  const hasChanges = (state: CanvasLibrary) =>
    changedIds(state, saved).length > 0 ||
    removedIds(state, saved).length > 0 ||
    indexChanged(state, saved);

  function publish() {
    const state = store.getState();
    const unsaved = hasChanges(state);
    const failure: SaveFailure | null = !unsaved
      ? null
      : (lastFailure ?? (conflicts.size > 0 ? 'conflict' : null));
    const conflictList = [...conflicts.keys()].map((canvasId) => ({
      canvasId,
      name: state.canvases[canvasId]?.name ?? '',
    }));
    const previous = status.getState().conflicts;
    const sameConflicts =
      previous.length === conflictList.length &&
      previous.every(
        (c, i) => c.canvasId === conflictList[i]?.canvasId && c.name === conflictList[i]?.name,
      );
    status.setState({
      save: !unsaved ? 'saved' : failure ? 'failed' : 'pending',
      failure,
      // A new list only when it changed, so notices do not re-render on every keystroke.
      ...(sameConflicts ? {} : { conflicts: conflictList }),
    });
  }

  function schedule() {
    // A save already waits for an idle moment: it will write the latest state.
    if (cancelIdle) return;
    const now = Date.now();
    burstStartedAt ??= now;
    lastEditAt = now;
    // One timer per burst, not one per keystroke: when it fires, it waits on if edits went on.
    if (timer === null) timer = setTimeout(whenDue, dueIn(now));
  }

  /** How long until the save is due: a pause of `debounceMs`, or `maxWaitMs` into the burst. */
  function dueIn(now: number) {
    const quietAt = lastEditAt + debounceMs;
    return Math.max(0, Math.min(quietAt, (burstStartedAt ?? now) + maxWaitMs) - now);
  }

  function whenDue() {
    const wait = dueIn(Date.now());
    if (wait > 0) {
      timer = setTimeout(whenDue, wait);
      return;
    }
    saveWhenIdle();
  }

  function saveWhenIdle() {
    timer = null;
    let ran = false;
    const cancel = whenIdle(() => {
      ran = true;
      cancelIdle = null;
      flush();
    });
    // A runner that ran the save at once has nothing left to cancel.
    if (!ran) cancelIdle = cancel;
  }

  function cancelPending() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    cancelIdle?.();
    cancelIdle = null;
  }

  function onStoreChange(state: CanvasLibrary, previous: CanvasLibrary) {
    if (!active) return;
    if (
      state.canvases === previous.canvases &&
      state.order === previous.order &&
      state.activeId === previous.activeId
    ) {
      return;
    }
    if (hasChanges(state) && health !== 'blocked') schedule();
    publish();
  }

  /** The text and rev this tab last wrote, or loaded at start, per canvas. */
  const written = new Map<string, { raw: string; rev: number }>(
    Object.entries(options.texts ?? {}).map(([id, raw]) => [
      id,
      { raw, rev: knownRevs.get(id) ?? 0 },
    ]),
  );

  /**
   * What is stored for a canvas now: its text, how it loads, and its rev. A newer version's
   * canvas counts as infinitely new (never overwritten); unreadable text as rev 0. `load` is
   * null when the text is still exactly what this tab wrote: it loads as written, so it is not
   * parsed and validated again before every save (tens of ms on a big canvas).
   */
  function readStored(id: string) {
    const raw = readItem(canvasKey(id), storage);
    if (raw === null) return null;
    const ours = written.get(id);
    if (ours?.raw === raw) return { raw, load: null, rev: ours.rev };
    const load = loadStoredCanvas(raw, id);
    const rev =
      load.status === 'ok'
        ? load.meta.rev
        : load.status === 'newer' || load.status === 'unknown_fields'
          ? Number.POSITIVE_INFINITY
          : 0;
    return { raw, load, rev };
  }

  function flush() {
    cancelPending();
    burstStartedAt = null;
    if (!active) return;
    if (health === 'blocked') {
      publish();
      return;
    }
    const state = store.getState();
    let failure: SaveFailure | null = null;
    for (const id of changedIds(state, saved)) {
      const canvas = state.canvases[id];
      if (!canvas || conflicts.has(id)) continue;
      if (protectedIds.has(id)) {
        failure ??= 'protected';
        continue;
      }
      const stored = readStored(id);
      const known = knownRevs.get(id) ?? 0;
      if (stored?.load && stored.rev > known) {
        // Another tab (or a newer version of the app) wrote it since this tab read it.
        takeExternal(id, stored.load);
        continue;
      }
      // Something unreadable took the key's place (another program, a damaged write): it is
      // kept in a backup before this tab's canvas goes back in.
      if (stored?.load && stored.load.status !== 'ok') {
        const backup = saveBackup('quarantine', id, contentTag(stored.raw), stored.raw, storage);
        if (!backup.result.ok) {
          failure = backup.result.reason;
          break;
        }
      }
      const storedRev = Math.max(known, stored?.rev ?? 0);
      const write = writeCanvasText(id, canvas, { storedRev, tabId, storage });
      if (!write.ok) {
        failure = write.reason;
        break; // the index is written only after every canvas it may list
      }
      written.set(id, { raw: write.raw, rev: write.rev });
      knownRevs.set(id, write.rev);
      saved = { ...saved, canvases: { ...saved.canvases, [id]: canvas } };
    }
    const writeFailed = failure !== null && failure !== 'protected';
    if (!writeFailed && indexChanged(state, saved)) {
      const result = writeLibraryIndex({ order: state.order, activeId: state.activeId }, storage);
      if (result.ok) saved = { ...saved, order: state.order, activeId: state.activeId };
      else failure = result.reason;
    }
    if (failure === null || failure === 'protected') removeDeleted(state);
    lastFailure = failure;
    if (failure === null) status.setState({ savedAt: Date.now() });
    publish();
  }

  /** Deleted canvases leave storage after the index stopped listing them. */
  function removeDeleted(state: CanvasLibrary) {
    for (const id of removedIds(state, saved)) {
      const stored = readStored(id);
      // Spec decision: a canvas deleted here but edited meanwhile in another tab is kept, and so
      // is anything in its key that this tab cannot read.
      const isOurs =
        !stored ||
        ((stored.load === null || stored.load.status === 'ok') &&
          stored.rev <= (knownRevs.get(id) ?? 0));
      if (!protectedIds.has(id) && isOurs) {
        removeItem(canvasKey(id), storage);
      }
      knownRevs.delete(id);
      written.delete(id);
      saved = { ...saved, canvases: without(saved.canvases, id) };
    }
  }

  /** Takes a canvas another tab stored: adopt it when clean, else record a conflict. */
  function takeExternal(id: string, load: ReturnType<typeof loadStoredCanvas>) {
    if (load.status === 'newer' || load.status === 'unknown_fields') {
      // A newer version of the app runs in another tab: this one must not write that canvas.
      protectedIds.add(id);
      addReport({
        canvasId: id,
        name: load.name,
        kind: load.status,
        paths: [],
        problems: [],
        backupKey: null,
      });
      return;
    }
    if (load.status !== 'ok') return; // another tab's unreadable write: keep what this tab has
    const state = store.getState();
    if (state.canvases[id] && isChanged(state, saved, id)) {
      conflicts.set(id, { theirs: load.canvas, rev: load.meta.rev });
      return;
    }
    adopt(id, load.canvas, load.meta.rev);
  }

  function adopt(id: string, canvas: Canvas, rev: number) {
    knownRevs.set(id, rev);
    conflicts.delete(id);
    const state = store.getState();
    const order = state.order.includes(id) ? state.order : [...state.order, id];
    saved = { canvases: { ...saved.canvases, [id]: canvas }, order, activeId: saved.activeId };
    store.setState({ canvases: { ...state.canvases, [id]: canvas }, order });
    // Undo must not bring back this tab's older copy over the adopted one.
    clearHistory();
  }

  function forget(id: string) {
    const state = store.getState();
    if (!state.canvases[id] || isChanged(state, saved, id) || conflicts.has(id)) return;
    const canvases = without(state.canvases, id);
    const order = state.order.filter((x) => x !== id);
    const activeId = state.activeId === id ? (order[0] ?? null) : state.activeId;
    saved = { canvases: without(saved.canvases, id), order, activeId };
    knownRevs.delete(id);
    store.setState({ canvases, order, activeId });
    clearHistory();
  }

  function addReport(report: CanvasReport) {
    const { reports } = status.getState();
    if (reports.some((r) => r.canvasId === report.canvasId && r.kind === report.kind)) return;
    status.setState({ reports: [...reports, report] });
  }

  function applyExternalChange(key: string, newValue: string | null) {
    const id = canvasIdOfKey(key);
    if (!active || id === null) return;
    if (newValue === null) forget(id);
    else if (written.get(id)?.raw !== newValue) {
      // Text this tab wrote or loaded is known; anything else is parsed and checked.
      const load = loadStoredCanvas(newValue, id);
      if (load.status === 'ok' && load.meta.rev <= (knownRevs.get(id) ?? -1)) return;
      takeExternal(id, load);
    }
    publish();
  }

  function resync() {
    for (const key of listKeys(STORAGE_KEYS.canvasPrefix, storage)) {
      const raw = readItem(key, storage);
      if (raw !== null) applyExternalChange(key, raw);
    }
  }

  function resolveConflict(id: string, choice: ConflictChoice) {
    const conflict = conflicts.get(id);
    if (!conflict || !active) return;
    if (choice === 'theirs') adopt(id, conflict.theirs, conflict.rev);
    else {
      // Keeping mine: write it over theirs, which this tab has now seen.
      knownRevs.set(id, conflict.rev);
      conflicts.delete(id);
    }
    flush();
  }

  const unsubscribe = store.subscribe((state, previous) => onStoreChange(state, previous));
  if (hasChanges(store.getState()) && health !== 'blocked') schedule();
  publish();

  return {
    flush,
    applyExternalChange,
    resync,
    resolveConflict,
    suspend: () => {
      active = false;
      cancelPending();
      unsubscribe();
      status.setState({ phase: 'suspended' });
    },
  };
}
