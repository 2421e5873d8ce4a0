import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc, readCanvas } from '@/collab';
import { getExampleCanvases } from '@/domain/examples';

import { openDb } from '../../server/db';
import { DocumentStore, UnmigratableDocument } from '../../server/documents';
import { useLiveClass } from './support/liveClass';
import { joinClass, tempDataDir } from './support/liveServer';
import { health } from './support/wait';

const canvas = () => getExampleCanvases('es')[3]!;
const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc));
const quiet = () => {};

function storeWithRow(version: number, state: Buffer) {
  const db = openDb(tempDataDir());
  db.prepare(
    'INSERT INTO documents (name, state, schema_version, updated_at) VALUES (?, ?, ?, 0)',
  ).run('class/a/canvas/b', state, version);
  return db;
}

describe('documents stored by an older version (L12)', () => {
  it('should migrate them forward into the same document, so clients holding the old one still merge', () => {
    const old = createCanvasDoc(canvas());
    const db = storeWithRow(1, stateOf(old));
    // A version 2 whose step upper-cases the canvas name, as a real step would rename or fill a field.
    const store = new DocumentStore(db, {
      currentVersion: 2,
      log: quiet,
      migrate: (data, from) =>
        from === 1
          ? {
              ok: true,
              data: { ...(data as object), name: (data as { name: string }).name.toUpperCase() },
            }
          : { ok: false, code: 'missing_step' },
    });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, store.load('class/a/canvas/b')!);
    const migrated = readCanvas(loaded);
    expect(migrated).toEqual({
      ok: true,
      canvas: { ...canvas(), name: canvas().name.toUpperCase() },
    });
    expect(db.prepare('SELECT schema_version FROM documents').get()).toEqual({ schema_version: 2 });
    // A client that kept the old document offline merges with the migrated one without duplicates.
    Y.applyUpdate(old, Y.encodeStateAsUpdate(loaded));
    expect(readCanvas(old)).toEqual(migrated);
  });

  it('should keep a document it cannot migrate byte for byte, and report it', () => {
    const state = stateOf(createCanvasDoc(canvas()));
    const db = storeWithRow(1, state);
    const store = new DocumentStore(db, {
      currentVersion: 2,
      log: quiet,
      migrate: () => ({ ok: false, code: 'migration_failed', stepName: 'Broken' }),
    });
    expect(() => store.load('class/a/canvas/b')).toThrow(UnmigratableDocument);
    const row = db.prepare('SELECT state, schema_version, problem FROM documents').get();
    expect(row).toEqual({ state, schema_version: 1, problem: 'migration_failed' });
    expect(store.problems()).toEqual([{ name: 'class/a/canvas/b', problem: 'migration_failed' }]);
  });
});

describe('live server: a stored document it cannot migrate (L12)', () => {
  const { server, klass, connect } = useLiveClass();

  it('should refuse to open it, keep it as stored and list it on /health', async () => {
    const ana = await joinClass(server, klass.joinCode, 'Ana');
    const state = stateOf(createCanvasDoc(canvas()));
    const db = new Database(path.join(server.dataDir, 'vinculo.sqlite'));
    // Written by a future version this server does not know.
    db.prepare(
      'INSERT INTO documents (name, state, schema_version, updated_at) VALUES (?, ?, 999, 0)',
    ).run(ana.documentName, state);
    const client = connect(server.wsUrl, ana.documentName, ana.token);
    expect(await client.authFailed).toBe('unavailable');
    expect(
      db
        .prepare('SELECT state, schema_version FROM documents WHERE name = ?')
        .get(ana.documentName),
    ).toEqual({
      state,
      schema_version: 999,
    });
    db.close();
    expect(await health(server)).toEqual({
      status: 200,
      body: { ok: true, storage: 'ok', unmigrated: [ana.documentName] },
    });
  });
});
