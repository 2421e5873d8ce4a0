import { describe, expect, it } from 'vitest';

import { createEmptyCanvas, CURRENT_CANVAS_VERSION, type CanvasMigrationStep } from '@/domain';
import { contentTag, listBackups } from '@/persistence/backups';
import { loadLibrary } from '@/persistence/loadLibrary';
import { backupKey, canvasKey, STORAGE_KEYS } from '@/persistence/storageKeys';

import { MemoryStorage, quotaError } from './memoryStorage';
import { envelopeText, fixtureEnvelope, FIXTURE_ID, FIXTURE_KEY, STORED_TEXT } from './support';

const CORRUPT = '{"state":{"canvas":';

describe('loadLibrary', () => {
  it('#2 copies an unreadable canvas byte for byte to a backup key, once, and leaves the key alone', async () => {
    const storage = new MemoryStorage({
      [canvasKey('c1')]: CORRUPT,
      [FIXTURE_KEY]: STORED_TEXT,
    });
    const first = await loadLibrary(storage);
    const backup = backupKey('quarantine', 'c1', contentTag(CORRUPT));

    expect(first.library.order).toEqual([FIXTURE_ID]);
    expect(first.reports).toEqual([
      {
        canvasId: 'c1',
        name: null,
        kind: 'unreadable',
        paths: [],
        problems: [],
        backupKey: backup,
      },
    ]);
    expect(storage.getItem(backup)).toBe(CORRUPT);
    expect(storage.getItem(canvasKey('c1'))).toBe(CORRUPT);

    await loadLibrary(storage);
    expect(storage.writes).toEqual([backup]);
  });

  it('#3 loads the other canvases when one holds JSON of the wrong type', async () => {
    for (const raw of ['null', '[]', '"x"', '42', 'true', '{}']) {
      const storage = new MemoryStorage({ [canvasKey('c1')]: raw, [FIXTURE_KEY]: STORED_TEXT });
      const load = await loadLibrary(storage);
      expect(load.library.order).toEqual([FIXTURE_ID]);
      expect(load.reports.map((r) => r.kind)).toEqual(['unreadable']);
    }
  });

  it('#4 keeps the original of a lossy repair in a backup and names the removed item', async () => {
    const { data } = fixtureEnvelope();
    const raw = envelopeText({ ...data, keyPartners: [{ id: 'kp', text: 42 }] });
    const storage = new MemoryStorage({ [FIXTURE_KEY]: raw });
    const load = await loadLibrary(storage);
    const backup = backupKey('repair', FIXTURE_ID, contentTag(raw));

    expect(load.library.canvases[FIXTURE_ID]?.keyPartners).toEqual([]);
    expect(load.reports).toEqual([
      {
        canvasId: FIXTURE_ID,
        name: data.name,
        kind: 'repaired',
        paths: [['keyPartners', 0]],
        problems: [],
        backupKey: backup,
      },
    ]);
    expect(storage.getItem(backup)).toBe(raw);
    expect(load.protectedIds).toEqual([]);
  });

  it('#4 protects a repaired canvas from being written when its backup cannot be kept', async () => {
    const { data } = fixtureEnvelope();
    const storage = new MemoryStorage({
      [FIXTURE_KEY]: envelopeText({ ...data, name: 'x'.repeat(500) }),
    });
    storage.failWrite = () => quotaError();
    const load = await loadLibrary(storage);
    expect(load.protectedIds).toEqual([FIXTURE_ID]);
    expect(load.reports[0]).toMatchObject({ kind: 'repaired', backupKey: null });
  });

  it('#5 backs up the original once before a migrated canvas can be written', async () => {
    const step: CanvasMigrationStep = {
      version: CURRENT_CANVAS_VERSION + 1,
      name: 'TestNoop',
      up: (d) => d,
    };
    const options = { migrations: [step], currentVersion: CURRENT_CANVAS_VERSION + 1 };
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const load = await loadLibrary(storage, options);
    await loadLibrary(storage, options);

    const backup = backupKey('pre-migration', FIXTURE_ID, `v${CURRENT_CANVAS_VERSION}`);
    expect(load.library.canvases[FIXTURE_ID]).toEqual(fixtureEnvelope().data);
    expect(storage.writes).toEqual([backup]);
    expect(storage.getItem(backup)).toBe(STORED_TEXT);
    expect(load.reports).toEqual([]);
  });

  it('#7 leaves a canvas whose migration fails untouched and offers its raw copy', async () => {
    const throwing: CanvasMigrationStep = {
      version: CURRENT_CANVAS_VERSION + 1,
      name: 'TestThrows',
      up: () => {
        throw new Error('cannot upgrade');
      },
    };
    const storage = new MemoryStorage({ [FIXTURE_KEY]: STORED_TEXT });
    const load = await loadLibrary(storage, {
      migrations: [throwing],
      currentVersion: CURRENT_CANVAS_VERSION + 1,
    });
    expect(load.library.order).toEqual([]);
    expect(load.reports).toMatchObject([
      { kind: 'migration_failed', name: fixtureEnvelope().data.name },
    ]);
    expect(storage.getItem(FIXTURE_KEY)).toBe(STORED_TEXT);
    const backup = load.reports[0]?.backupKey;
    expect(backup && storage.getItem(backup)).toBe(STORED_TEXT);
  });

  it('#8 neither loads nor copies a canvas saved by a newer version', async () => {
    const raw = envelopeText(createEmptyCanvas({ name: 'Nuevo' }), { version: 999 });
    const storage = new MemoryStorage({ [canvasKey('c9')]: raw });
    const load = await loadLibrary(storage);
    expect(load.library.order).toEqual([]);
    expect(load.reports).toEqual([
      { canvasId: 'c9', name: 'Nuevo', kind: 'newer', paths: [], problems: [], backupKey: null },
    ]);
    expect(storage.writes).toEqual([]);
  });

  it('#15 loads a canvas the index does not list, after the listed ones, and keeps the open one', async () => {
    const a = { ...createEmptyCanvas({ name: 'A' }), id: 'a' };
    const b = { ...createEmptyCanvas({ name: 'B' }), id: 'b' };
    const orphan = { ...createEmptyCanvas({ name: 'Huérfano' }), id: 'o' };
    const storage = new MemoryStorage({
      [canvasKey('o')]: envelopeText(orphan),
      [canvasKey('a')]: envelopeText(a),
      [canvasKey('b')]: envelopeText(b),
      [STORAGE_KEYS.index]: JSON.stringify({
        format: 'bmc-index',
        version: 1,
        order: ['b', 'gone', 'a'],
        activeId: 'a',
      }),
    });
    const { library } = await loadLibrary(storage);
    expect(library.order).toEqual(['b', 'a', 'o']);
    expect(library.activeId).toBe('a');
  });

  it('lists backups with their canvas name, readable or not', async () => {
    const storage = new MemoryStorage({
      [canvasKey('c1')]: CORRUPT,
      [FIXTURE_KEY]: STORED_TEXT,
    });
    await loadLibrary(storage);
    storage.setItem(backupKey('pre-import', FIXTURE_ID, '1'), STORED_TEXT);
    const backups = listBackups(storage);
    expect(backups.map(({ kind, name, canvas }) => ({ kind, name, canvas }))).toEqual([
      { kind: 'quarantine', name: null, canvas: null },
      { kind: 'pre-import', name: fixtureEnvelope().data.name, canvas: fixtureEnvelope().data },
    ]);
  });
});
