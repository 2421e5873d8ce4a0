import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createEmptyCanvas, type Canvas } from '@/domain';
import { loadLibrary } from '@/persistence/loadLibrary';
import type { StartOptions } from '@/persistence/startPersistence';
import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { canvasKey, STORAGE_KEYS } from '@/persistence/storageKeys';
import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';

import { MemoryStorage, quotaError } from './memoryStorage';
import {
  envelopeText,
  fixtureEnvelope,
  FIXTURE_ID,
  FIXTURE_KEY,
  STORED_TEXT,
  startPersistence,
} from './support';

const store = () => useCanvasStore.getState();
const status = () => usePersistenceStatus.getState();
const start = (storage: MemoryStorage | null, options: StartOptions = {}) =>
  startPersistence({ storage, target: null, ...options });
const storedName = async (storage: MemoryStorage, id: string) =>
  (await loadLibrary(storage)).library.canvases[id]?.name;
/** What another tab would write: the fixture renamed, with a higher rev. */
const otherTabWrite = (name: string, rev: number) =>
  envelopeText({ ...fixtureEnvelope().data, name }, { rev, writerTabId: 'tab-other' });

afterEach(() => {
  usePersistenceStatus.setState(INITIAL_STATUS, true);
  vi.useRealTimers();
});

describe('start-up', () => {
  it('#1 starts a fresh profile with an empty library, no report, and writes nothing', async () => {
    const storage = new MemoryStorage();
    const saver = await start(storage);
    expect(store().order).toEqual([]);
    expect(status()).toMatchObject({ phase: 'ready', storage: 'ok', save: 'saved', reports: [] });
    saver.flush();
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
    expect(storage.snapshot()).toEqual({});
  });

  it('#1 writes the first canvas once the user creates it', async () => {
    const storage = new MemoryStorage();
    const saver = await start(storage);
    const id = store().createCanvas({ name: 'Primero' });
    saver.flush();
    expect(await storedName(storage, id)).toBe('Primero');
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.index) ?? '')).toMatchObject({
      order: [id],
      activeId: id,
    });
  });

  it('#24 never writes a stored canvas before the user edits, even when flushed at once', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    saver.flush();
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
    expect(store().canvases[FIXTURE_ID]?.name).toBe(fixtureEnvelope().data.name);
  });

  it('#24 makes undo unable to unload the loaded canvases', async () => {
    await start(new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT }));
    undo();
    expect(store().order).toEqual([FIXTURE_ID]);
  });

  it('#16 keeps working in memory when storage is blocked, and says nothing is kept', async () => {
    const saver = await start(null);
    store().createCanvas();
    store().updateCanvas({ name: 'Solo en memoria' });
    saver.flush();
    expect(store().canvases[store().activeId ?? '']?.name).toBe('Solo en memoria');
    expect(status()).toMatchObject({ storage: 'blocked', save: 'failed', failure: 'blocked' });
  });

  it('#17 detects a storage that refuses every write (old private mode) with the start-up probe', async () => {
    const storage = new MemoryStorage();
    storage.failWrite = () => quotaError();
    const saver = await start(storage);
    store().createCanvas({ name: 'x' });
    saver.flush();
    expect(status()).toMatchObject({ storage: 'blocked', failure: 'blocked' });
  });

  it('tells a full storage apart from a blocked one', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    storage.failWrite = () => quotaError();
    await start(storage);
    expect(status().storage).toBe('full');
  });
});

describe('saving', () => {
  beforeEach(() => vi.useFakeTimers());

  it('writes only the edited canvas, once the edits pause, then the index', async () => {
    const other = { ...createEmptyCanvas({ name: 'Otro' }), id: 'other' };
    const storage = new MemoryStorage({
      [FIXTURE_KEY]: STORED_TEXT,
      [canvasKey('other')]: envelopeText(other),
    });
    await start(storage, { debounceMs: 500 });
    store().setActiveCanvas('other');
    store().updateCanvas({ name: 'Nuevo nombre' });
    expect(status().save).toBe('pending');
    vi.advanceTimersByTime(499);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe, canvasKey('other'), STORAGE_KEYS.index]);
    expect(await storedName(storage, 'other')).toBe('Nuevo nombre');
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(JSON.parse(storage.getItem(canvasKey('other')) ?? '')).toMatchObject({
      format: 'bmc-canvas',
      rev: 2,
    });
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.index) ?? '')).toMatchObject({
      activeId: 'other',
    });
    expect(status()).toMatchObject({ save: 'saved', failure: null });
  });

  it('saves a long burst of typing at least every 2 s', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await start(storage, { debounceMs: 500 });
    for (let i = 0; i < 10; i++) {
      store().updateCanvas({ name: `tecleo ${i}` });
      vi.advanceTimersByTime(300);
    }
    expect(await storedName(storage, FIXTURE_ID)).toMatch(/^tecleo \d$/);
  });

  it('keeps one timer for a burst of typing, not one per keystroke', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await start(storage, { debounceMs: 500 });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    for (let i = 0; i < 20; i++) {
      store().updateCanvas({ name: `tecla ${i}` });
      vi.advanceTimersByTime(10);
    }
    expect(timers).toHaveBeenCalledTimes(1);
    expect(cleared).not.toHaveBeenCalled();
    // The pause after the last key still decides when it saves.
    vi.advanceTimersByTime(489);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
    vi.advanceTimersByTime(1);
    expect(await storedName(storage, FIXTURE_ID)).toBe('tecla 19');
    timers.mockRestore();
    cleared.mockRestore();
  });

  it('waits for an idle moment to write a due save, and writes at once when the page goes', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const waiting: (() => void)[] = [];
    const whenIdle = (task: () => void) => {
      waiting.push(task);
      return () => void waiting.splice(waiting.indexOf(task), 1);
    };
    const saver = await start(storage, { debounceMs: 500, whenIdle });
    store().updateCanvas({ name: 'tecleo 1' });
    vi.advanceTimersByTime(500);
    expect(waiting).toHaveLength(1);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
    // Typing on while the save waits: the same save, which writes the latest text.
    store().updateCanvas({ name: 'tecleo 12' });
    vi.advanceTimersByTime(2500);
    expect(waiting).toHaveLength(1);
    waiting.shift()?.();
    expect(await storedName(storage, FIXTURE_ID)).toBe('tecleo 12');
    expect(status().save).toBe('saved');

    // pagehide or a hidden tab (flush) writes at once, and the idle save is called off.
    store().updateCanvas({ name: 'tecleo 123' });
    vi.advanceTimersByTime(500);
    expect(waiting).toHaveLength(1);
    saver.flush();
    expect(await storedName(storage, FIXTURE_ID)).toBe('tecleo 123');
    expect(waiting).toHaveLength(0);
  });

  it('#12 keeps the edit on screen and the saved version intact when the quota is exceeded, then recovers', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    storage.failWrite = () => quotaError();
    store().updateCanvas({ name: 'No cabe' });
    expect(() => saver.flush()).not.toThrow();
    expect(status()).toMatchObject({ save: 'failed', failure: 'quota' });
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(store().canvases[FIXTURE_ID]?.name).toBe('No cabe');

    storage.failWrite = null;
    store().updateCanvas({ name: 'Ya cabe' });
    saver.flush();
    expect(status()).toMatchObject({ save: 'saved', failure: null });
    expect(await storedName(storage, FIXTURE_ID)).toBe('Ya cabe');
  });

  it('#15 leaves every canvas entirely old or entirely new when the Nth write fails', async () => {
    const ids = ['a', 'b', 'c'];
    const initial = Object.fromEntries(
      ids.map((id) => [
        canvasKey(id),
        envelopeText({ ...createEmptyCanvas({ name: `${id} viejo` }), id }),
      ]),
    );
    for (let failAt = 1; failAt <= ids.length + 1; failAt++) {
      const storage = new MemoryStorage(initial);
      const saver = await start(storage);
      for (const id of ids) {
        store().setActiveCanvas(id);
        store().updateCanvas({ name: `${id} nuevo` });
      }
      let attempt = 0;
      storage.failWrite = () => (++attempt === failAt ? quotaError() : null);
      saver.flush();
      const { library } = await loadLibrary(storage);
      expect(library.order.sort()).toEqual(ids);
      for (const id of ids) {
        expect([`${id} viejo`, `${id} nuevo`]).toContain(library.canvases[id]?.name);
      }
    }
  });

  it('#8 #9 never writes back a canvas from a newer version or with unknown fields', async () => {
    const newer = envelopeText(createEmptyCanvas({ name: 'Futuro' }), { version: 999 });
    const unknown = envelopeText({ ...fixtureEnvelope().data, extra: true });
    const storage = new MemoryStorage({ [canvasKey('n')]: newer, [FIXTURE_KEY]: unknown });
    const saver = await start(storage);
    store().createCanvas({ name: 'Editado' });
    saver.flush();
    expect(storage.getItem(canvasKey('n'))).toBe(newer);
    expect(storage.getItem(FIXTURE_KEY)).toBe(unknown);
    expect(
      status()
        .reports.map((r) => r.kind)
        .sort(),
    ).toEqual(['newer', 'unknown_fields']);
  });

  it('#2 keeps the quarantined copy byte-identical after edits are saved and the app reloads', async () => {
    const storage = new MemoryStorage({ [canvasKey('c1')]: '{"state":{"canvas":' });
    const saver = await start(storage);
    const backup = status().reports[0]?.backupKey ?? '';
    store().createCanvas({ name: 'Nueva' });
    saver.flush();
    (await await start(storage)).flush();
    expect(storage.getItem(backup)).toBe('{"state":{"canvas":');
    expect(storage.getItem(canvasKey('c1'))).toBe('{"state":{"canvas":');
    expect(Object.values(store().canvases).map((c) => c.name)).toEqual(['Nueva']);
  });

  it('keeps unreadable text found in a canvas key in a backup before saving over it', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    storage.setItem(FIXTURE_KEY, 'garbage from elsewhere');
    store().updateCanvas({ name: 'Sigue aquí' });
    saver.flush();
    expect(await storedName(storage, FIXTURE_ID)).toBe('Sigue aquí');
    expect(Object.values(storage.snapshot())).toContain('garbage from elsewhere');
    expect(status()).toMatchObject({ save: 'saved', failure: null });
  });

  it('removes a deleted canvas only after the index stopped listing it', async () => {
    const other = { ...createEmptyCanvas({ name: 'Otro' }), id: 'other' };
    const storage = new MemoryStorage({
      [FIXTURE_KEY]: STORED_TEXT,
      [canvasKey('other')]: envelopeText(other),
    });
    const saver = await start(storage);
    store().deleteCanvas('other');
    saver.flush();
    expect(storage.getItem(canvasKey('other'))).toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.index) ?? '')).toMatchObject({
      order: [FIXTURE_ID],
    });
  });

  it('stops writing for good once suspended (recovery screen)', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    saver.suspend();
    store().updateCanvas({ name: 'Tras el fallo' });
    saver.flush();
    vi.runAllTimers();
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(status().phase).toBe('suspended');
  });
});

describe('several tabs', () => {
  it('#21 adopts another tab’s newer canvas while this tab has no unsaved edits', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    const theirs = otherTabWrite('De la otra pestaña', 8);
    storage.setItem(FIXTURE_KEY, theirs);
    saver.applyExternalChange(FIXTURE_KEY, theirs);
    expect(store().canvases[FIXTURE_ID]?.name).toBe('De la otra pestaña');

    store().updateCanvas({ name: 'Encima' });
    saver.flush();
    expect(JSON.parse(storage.getItem(FIXTURE_KEY) ?? '')).toMatchObject({
      rev: 9,
      data: { name: 'Encima' },
    });
  });

  it('#21 re-reads storage on focus and adopts what changed while this tab was hidden', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    storage.setItem(FIXTURE_KEY, otherTabWrite('Mientras tanto', 12));
    saver.resync();
    expect(store().canvases[FIXTURE_ID]?.name).toBe('Mientras tanto');
  });

  it('#23 keeps unsaved edits when another tab writes the same canvas, and asks', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    store().updateCanvas({ name: 'Mío, sin guardar' });
    const theirs = otherTabWrite('Suyo', 8);
    storage.setItem(FIXTURE_KEY, theirs);
    saver.applyExternalChange(FIXTURE_KEY, theirs);
    saver.flush();

    expect(store().canvases[FIXTURE_ID]?.name).toBe('Mío, sin guardar');
    expect(storage.getItem(FIXTURE_KEY)).toBe(theirs);
    expect(status()).toMatchObject({
      save: 'failed',
      failure: 'conflict',
      conflicts: [{ canvasId: FIXTURE_ID, name: 'Mío, sin guardar' }],
    });

    saver.resolveConflict(FIXTURE_ID, 'mine');
    expect(JSON.parse(storage.getItem(FIXTURE_KEY) ?? '')).toMatchObject({
      rev: 9,
      data: { name: 'Mío, sin guardar' },
    });
    expect(status()).toMatchObject({ save: 'saved', conflicts: [] });
  });

  it('#23 detects the other tab’s write at save time even without a storage event', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    store().updateCanvas({ name: 'Mío' });
    const theirs = otherTabWrite('Suyo', 8);
    storage.setItem(FIXTURE_KEY, theirs);
    saver.flush();
    expect(storage.getItem(FIXTURE_KEY)).toBe(theirs);
    expect(status().failure).toBe('conflict');

    saver.resolveConflict(FIXTURE_ID, 'theirs');
    expect(store().canvases[FIXTURE_ID]?.name).toBe('Suyo');
    expect(storage.getItem(FIXTURE_KEY)).toBe(theirs);
    expect(status()).toMatchObject({ save: 'saved', failure: null, conflicts: [] });
  });

  it('adds a canvas created in another tab and drops one deleted there', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const saver = await start(storage);
    const created: Canvas = { ...createEmptyCanvas({ name: 'Creado allí' }), id: 'new' };
    saver.applyExternalChange(canvasKey('new'), envelopeText(created));
    expect(store().order).toEqual([FIXTURE_ID, 'new']);
    saver.applyExternalChange(FIXTURE_KEY, null);
    expect(store().order).toEqual(['new']);
    saver.flush();
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
  });
});
