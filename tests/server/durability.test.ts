import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc } from '@/collab';
import { type Canvas, createNote } from '@/domain';
import { getExampleCanvases } from '@/domain/examples';

import { connectClient, type LiveClient } from './support/liveClient';
import { createClass, joinClass, type LiveServer, startLiveServer } from './support/liveServer';
import { eventually, health } from './support/wait';

const canvas = () => getExampleCanvases('en')[2]!;
/** Full states are written only on shutdown here, so every test leans on the update log. */
const LAZY_STORE = { VINCULO_STORE_DEBOUNCE_MS: '600000' };

const servers: LiveServer[] = [];
const clients: LiveClient[] = [];
async function start(options: Parameters<typeof startLiveServer>[0] = {}) {
  const server = await startLiveServer({ ...options, env: { ...LAZY_STORE, ...options.env } });
  servers.push(server);
  return server;
}
function connect(...args: Parameters<typeof connectClient>) {
  const client = connectClient(...args);
  clients.push(client);
  return client;
}
/** The same data folder and port, so connected clients find the server again on their own. */
const restart = (server: LiveServer, env: Record<string, string> = {}) =>
  start({ dataDir: server.dataDir, env: { PORT: new URL(server.url).port, ...env } });

const addNote = (text: string) => (c: Canvas) => void c.keyPartners.push(createNote(text));
const notes = (c: Canvas) => c.keyPartners.map((n) => n.text);
const hasAll = (texts: string[]) => (c: Canvas) =>
  texts.every((t) => notes(c).filter((n) => n === t).length === 1);

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(servers.splice(0).map((s) => s.kill()));
});

describe('live server: nothing acknowledged is lost', () => {
  it('should keep every acknowledged edit when killed with SIGKILL, and take in edits made meanwhile (L1)', async () => {
    const server = await start();
    const klass = await createClass(server);
    const ana = await joinClass(server, klass.joinCode, 'Ana');
    const leaver = await joinClass(server, klass.joinCode, 'Leo');

    // Leo edits, sees each edit acknowledged, and leaves: only the server holds his canvas now.
    const leo = connect(server.wsUrl, leaver.documentName, leaver.token, { canvas: canvas() });
    for (const text of ['leo 1', 'leo 2', 'leo 3']) {
      leo.edit(addNote(text));
      await leo.acknowledged();
    }
    leo.close();

    const student = connect(server.wsUrl, ana.documentName, ana.token, { canvas: canvas() });
    for (const text of ['ana 1', 'ana 2']) {
      student.edit(addNote(text));
      await student.acknowledged();
    }
    student.edit(addNote('ana 3, in flight'));
    await server.kill();
    student.edit(addNote('ana 4, while the server is down'));

    const again = await restart(server);
    const everything = ['ana 1', 'ana 2', 'ana 3, in flight', 'ana 4, while the server is down'];
    // The student's provider reconnects by itself and hands over what the server lacks.
    const teacher = connect(again.wsUrl, ana.documentName, klass.instructorToken);
    await teacher.until(hasAll(everything), "every edit of Ana's on the server");
    const leoAgain = connect(again.wsUrl, leaver.documentName, leaver.token);
    await leoAgain.until(hasAll(['leo 1', 'leo 2', 'leo 3']), "Leo's acknowledged edits");
  });

  it('should write every document on SIGTERM and exit cleanly', async () => {
    const server = await start();
    const klass = await createClass(server);
    const ana = await joinClass(server, klass.joinCode, 'Ana');
    const student = connect(server.wsUrl, ana.documentName, ana.token, { canvas: canvas() });
    student.edit(addNote('before SIGTERM'));
    await student.acknowledged();
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('every document written');

    const db = new Database(path.join(server.dataDir, 'vinculo.sqlite'), { readonly: true });
    const row = db.prepare('SELECT state FROM documents WHERE name = ?').get(ana.documentName) as {
      state: Buffer;
    };
    const logged = db
      .prepare('SELECT COUNT(*) AS n FROM updates WHERE name = ?')
      .get(ana.documentName) as { n: number };
    db.close();
    expect(logged.n).toBe(0);
    const stored = createCanvasDoc();
    Y.applyUpdate(stored, row.state);
    expect(stored.getMap('canvas').toJSON().keyPartners.byId).toBeDefined();
    const fresh = connect((await restart(server)).wsUrl, ana.documentName, ana.token);
    await fresh.until(hasAll(['before SIGTERM']), 'the note written at shutdown');
  });

  it('should keep working from memory while storage fails, report it, and write everything once it can (L11)', async () => {
    const server = await start({ env: { VINCULO_STORAGE_RETRY_MS: '300' } });
    const klass = await createClass(server);
    const ana = await joinClass(server, klass.joinCode, 'Ana');
    const student = connect(server.wsUrl, ana.documentName, ana.token, { canvas: canvas() });
    const teacher = connect(server.wsUrl, ana.documentName, klass.instructorToken);
    await teacher.until((c) => c.id === canvas().id, 'the teacher to load the canvas');

    // Another process holds the SQLite write lock: every write of the server fails.
    const locker = new Database(path.join(server.dataDir, 'vinculo.sqlite'));
    locker.exec('BEGIN EXCLUSIVE');
    student.edit(addNote('while locked 1'));
    await teacher.until(hasAll(['while locked 1']), 'the edit to reach the teacher from memory');
    expect(
      await eventually(
        async () => (await health(server)).status === 503 && (await health(server)),
        'unhealthy',
      ),
    ).toEqual({ status: 503, body: { ok: false, storage: 'failing' } });
    student.edit(addNote('while locked 2'));
    await teacher.until(hasAll(['while locked 1', 'while locked 2']), 'a second edit while locked');

    locker.exec('COMMIT');
    locker.close();
    await eventually(async () => (await health(server)).status === 200, 'healthy again');
    student.close();
    teacher.close();
    await server.kill();
    const fresh = connect((await restart(server)).wsUrl, ana.documentName, ana.token);
    await fresh.until(
      hasAll(['while locked 1', 'while locked 2']),
      'the edits made while storage failed',
    );
  });
});
