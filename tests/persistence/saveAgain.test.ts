import { afterEach, describe, expect, it } from 'vitest';

import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { canvasKey, STORAGE_KEYS } from '@/persistence/storageKeys';
import { useCanvasStore } from '@/store/canvasStore';

import { MemoryStorage } from './memoryStorage';
import { startPersistence } from './support';

// Saving again skips re-reading the canvas only while storage holds exactly what this tab wrote.
const store = () => useCanvasStore.getState();
const stored = (storage: MemoryStorage, id: string) =>
  JSON.parse(storage.getItem(canvasKey(id)) ?? 'null') as { rev: number; data: { name: string } };

afterEach(() => usePersistenceStatus.setState(INITIAL_STATUS, true));

describe('saving a canvas again', () => {
  it('should write each edit with the next rev', async () => {
    const storage = new MemoryStorage();
    const saver = await startPersistence({ storage, target: null });
    const id = store().createCanvas({ name: 'Uno' });
    saver.flush();
    store().updateCanvas({ name: 'Dos' });
    saver.flush();
    store().updateCanvas({ name: 'Tres' });
    saver.flush();
    expect(stored(storage, id)).toMatchObject({ rev: 3, data: { name: 'Tres' } });
  });

  it('should back up unreadable text that replaced its own write before saving over it', async () => {
    const storage = new MemoryStorage();
    const saver = await startPersistence({ storage, target: null });
    const id = store().createCanvas({ name: 'Uno' });
    saver.flush();
    storage.setItem(canvasKey(id), '{"damaged":');
    store().updateCanvas({ name: 'Dos' });
    saver.flush();
    expect(stored(storage, id).data.name).toBe('Dos');
    const backups = Object.entries(storage.snapshot()).filter(([key]) =>
      key.startsWith(`${STORAGE_KEYS.backupPrefix}quarantine:${id}:`),
    );
    expect(backups.map(([, text]) => text)).toEqual(['{"damaged":']);
  });
});
