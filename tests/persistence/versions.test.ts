import { describe, expect, it } from 'vitest';

import { createEmptyCanvas, createSegment } from '@/domain';
import { deleteVersion, listVersions, pruneVersions, saveVersion } from '@/persistence/versions';

import { MemoryStorage, quotaError } from './memoryStorage';

const canvas = () => ({
  ...createEmptyCanvas({ name: 'Café' }),
  id: 'canvas_a',
  segments: [createSegment({ name: 'Offices', size: 120 })],
});

describe('named versions in this browser', () => {
  it('keeps each version under its name, newest first, and reads back the canvas as it was', () => {
    const storage = new MemoryStorage();
    const first = canvas();
    saveVersion(first, '  Before interviews ', new Date('2026-12-01T10:00:00Z'), storage);
    const later = { ...first, segments: [{ ...first.segments[0]!, size: 300 }] };
    saveVersion(later, 'After interviews', new Date('2026-12-02T10:00:00Z'), storage);

    const { versions, unreadable } = listVersions('canvas_a', storage);
    expect(unreadable).toEqual([]);
    expect(versions.map((v) => v.name)).toEqual(['After interviews', 'Before interviews']);
    expect(versions[1]?.savedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(versions[1]?.canvas).toEqual(first);
    expect(versions[0]?.canvas.segments[0]?.size).toBe(300);
  });

  it('lists only the versions of the canvas asked for, even when ids share a start', () => {
    const storage = new MemoryStorage();
    saveVersion(canvas(), 'Mine', new Date(), storage);
    saveVersion({ ...canvas(), id: 'canvas_a:b' }, 'Other', new Date(), storage);
    saveVersion({ ...canvas(), id: 'canvas_ab' }, 'Other too', new Date(), storage);
    expect(listVersions('canvas_a', storage).versions.map((v) => v.name)).toEqual(['Mine']);
  });

  it('says why a version could not be saved when storage is full, and stores nothing', () => {
    const storage = new MemoryStorage();
    storage.failWrite = () => quotaError();
    const result = saveVersion(canvas(), 'Draft', new Date(), storage);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(listVersions('canvas_a', storage).versions).toEqual([]);
    expect(saveVersion(canvas(), 'Draft', new Date(), null)).toMatchObject({
      ok: false,
      reason: 'blocked',
    });
  });

  it('keeps a damaged or foreign version apart as unreadable, where it can be deleted', () => {
    const storage = new MemoryStorage({
      'bmc:version:canvas_a:x1': '{"format":"vinculo-canvas","versionName":"Half',
      'bmc:version:canvas_a:x2': JSON.stringify({
        versionName: 'From the future',
        format: 'vinculo-canvas',
        version: 999,
        savedAt: '2026-12-01T10:00:00Z',
        canvas: canvas(),
      }),
    });
    saveVersion(canvas(), 'Good', new Date(), storage);
    const list = listVersions('canvas_a', storage);
    expect(list.versions.map((v) => v.name)).toEqual(['Good']);
    expect(list.unreadable.sort()).toEqual(['bmc:version:canvas_a:x1', 'bmc:version:canvas_a:x2']);
    deleteVersion('bmc:version:canvas_a:x1', storage);
    expect(listVersions('canvas_a', storage).unreadable).toEqual(['bmc:version:canvas_a:x2']);
  });

  it('deletes a version on request and the versions of canvases no longer in the library', () => {
    const storage = new MemoryStorage();
    const { key } = saveVersion(canvas(), 'Mine', new Date(), storage);
    saveVersion({ ...canvas(), id: 'canvas_gone' }, 'Gone', new Date(), storage);
    pruneVersions(new Set(['canvas_a']), storage);
    expect(listVersions('canvas_gone', storage).versions).toEqual([]);
    expect(listVersions('canvas_a', storage).versions).toHaveLength(1);
    deleteVersion(key, storage);
    expect(listVersions('canvas_a', storage).versions).toEqual([]);
    // only version keys can be deleted this way
    storage.setItem('bmc:canvas:canvas_a', '{}');
    deleteVersion('bmc:canvas:canvas_a', storage);
    expect(storage.getItem('bmc:canvas:canvas_a')).toBe('{}');
  });
});
