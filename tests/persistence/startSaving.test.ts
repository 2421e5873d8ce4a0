import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  openLibrary,
  retrySaving,
  startSaving,
  suspendSaving,
} from '@/persistence/startPersistence';
import { canvasKey, STORAGE_KEYS } from '@/persistence/storageKeys';
import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { useCanvasStore } from '@/store/canvasStore';

import { MemoryStorage } from './memoryStorage';
import { envelopeText, fixtureEnvelope, FIXTURE_ID, FIXTURE_KEY, STORED_TEXT } from './support';

// Saving's code loads after the first screen; what the user does before it runs must be saved.
const store = () => useCanvasStore.getState();
const status = () => usePersistenceStatus.getState();
const storedName = (storage: MemoryStorage) =>
  (JSON.parse(storage.getItem(FIXTURE_KEY) ?? 'null') as { data: { name: string } } | null)?.data
    .name;

afterEach(() => usePersistenceStatus.setState(INITIAL_STATUS, true));

const OTHER_ID = 'canvas_otro';
const OTHER_KEY = canvasKey(OTHER_ID);
const otherText = (name: string, rev = 1) =>
  envelopeText({ ...fixtureEnvelope().data, id: OTHER_ID, name }, { rev });
const storedOrder = (storage: MemoryStorage) =>
  (JSON.parse(storage.getItem(STORAGE_KEYS.index) ?? 'null') as { order: string[] } | null)?.order;

describe('saving that starts after the first screen', () => {
  it('saves an edit made before saving started, and says it is unsaved meanwhile', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: null });
    expect(status().save).toBe('saved');
    store().updateCanvas({ name: 'Tecleado enseguida' });
    expect(status().save).toBe('pending');

    const saver = await startSaving();
    saver?.flush();
    expect(storedName(storage)).toBe('Tecleado enseguida');
    expect(status().save).toBe('saved');
  });

  it('starts saving at the first edit, without waiting for the first screen', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: null, debounceMs: 0 });
    store().updateCanvas({ name: 'Sin esperar' });
    await vi.waitFor(() => expect(storedName(storage)).toBe('Sin esperar'));
  });

  it('writes nothing when nothing was edited before saving started', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: null });
    (await startSaving())?.flush();
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(storage.writes).toEqual([STORAGE_KEYS.probe]);
  });

  it('adopts what another tab wrote before this one started listening', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: null });
    const theirs = { ...fixtureEnvelope().data, name: 'De la otra pestaña' };
    storage.setItem(FIXTURE_KEY, envelopeText(theirs, { rev: 9, writerTabId: 'tab-other' }));
    await startSaving();
    expect(store().canvases[FIXTURE_ID]?.name).toBe('De la otra pestaña');
  });

  it('never starts once the recovery screen is up, even on "Try again"', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: null, debounceMs: 0 });
    suspendSaving();
    store().updateCanvas({ name: 'Estado roto' });
    retrySaving();
    expect(await startSaving()).toBeNull();
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    expect(status().phase).toBe('suspended');
  });

  it('writes an edit at once when the page goes before the code that saves has arrived', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: window });
    store().updateCanvas({ name: 'Justo antes de cerrar' });
    window.dispatchEvent(new Event('pagehide'));
    expect(storedName(storage)).toBe('Justo antes de cerrar');

    // The page came back: the controller knows that text as saved, and writes nothing more.
    const written = storage.writes.length;
    const saver = await startSaving();
    saver?.flush();
    expect(storage.writes).toHaveLength(written);
    expect(status()).toMatchObject({ save: 'saved', conflicts: [] });
  });

  it('leaves a canvas another tab wrote meanwhile to the controller, which asks', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: window });
    const theirs = envelopeText(
      { ...fixtureEnvelope().data, name: 'De la otra pestaña' },
      { rev: 9, writerTabId: 'tab-other' },
    );
    storage.setItem(FIXTURE_KEY, theirs);
    store().updateCanvas({ name: 'Mío' });
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(FIXTURE_KEY)).toBe(theirs);
  });

  it('removes a canvas deleted just before the page goes, so it does not come back', async () => {
    const storage = new MemoryStorage({
      [FIXTURE_KEY]: STORED_TEXT,
      [OTHER_KEY]: otherText('Otro'),
    });
    await openLibrary({ storage, target: window });
    store().deleteCanvas(OTHER_ID);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    hidden.mockRestore();
    expect(storage.getItem(OTHER_KEY)).toBeNull();
    expect(storedOrder(storage)).toEqual([FIXTURE_ID]);
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);

    // The page came back: the controller knows the deletion as saved, and writes nothing more.
    const written = storage.writes.length;
    (await startSaving())?.flush();
    expect(storage.writes).toHaveLength(written);
    expect(status().save).toBe('saved');
    await openLibrary({ storage, target: null });
    expect(store().order).toEqual([FIXTURE_ID]);
  });

  it('keeps a deleted canvas that another tab wrote meanwhile, for the controller to settle', async () => {
    const storage = new MemoryStorage({
      [FIXTURE_KEY]: STORED_TEXT,
      [OTHER_KEY]: otherText('Otro'),
    });
    await openLibrary({ storage, target: window });
    const theirs = otherText('Editado en la otra pestaña', 5);
    storage.setItem(OTHER_KEY, theirs);
    store().deleteCanvas(OTHER_ID);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(OTHER_KEY)).toBe(theirs);

    // Spec decision (saveController.removeDeleted): edited elsewhere after this tab deleted it, it stays.
    (await startSaving())?.flush();
    expect(storage.getItem(OTHER_KEY)).toBe(theirs);
  });

  it('writes through the controller alone once it has started: one write, no false conflict', async () => {
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    await openLibrary({ storage, target: window });
    await startSaving();
    store().updateCanvas({ name: 'Con el guardado ya en marcha' });
    window.dispatchEvent(new Event('pagehide'));
    expect(storedName(storage)).toBe('Con el guardado ya en marcha');
    expect(storage.writes.filter((key) => key === FIXTURE_KEY)).toHaveLength(1);
    expect(status()).toMatchObject({ save: 'saved', conflicts: [] });
  });

  it('leaves no listener behind when the library is opened again or saving is suspended', async () => {
    // Every listener a session adds to the page carries a signal; all of them must be aborted.
    const signals: AbortSignal[] = [];
    const record = (target: EventTarget) =>
      vi.spyOn(target, 'addEventListener').mockImplementation(function (
        this: EventTarget,
        ...args
      ) {
        const options = args[2];
        if (typeof options === 'object' && options.signal) signals.push(options.signal);
        else throw new Error(`listener for ${args[0]} cannot be removed`);
      });
    const spies = [record(window), record(document)];
    try {
      await openLibrary({
        storage: new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT }),
        target: window,
      });
      await startSaving();
      await openLibrary({
        storage: new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT }),
        target: window,
      });
      await startSaving();
      suspendSaving();
      expect(signals.length).toBeGreaterThanOrEqual(8); // two sessions: 2 early, 3 controller each
      expect(signals.every((signal) => signal.aborted)).toBe(true);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
