import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import type { Canvas } from '@/domain';
import { getExampleCanvases } from '@/domain/examples';

import { useLiveClass } from './support/liveClass';
import type { LiveClient } from './support/liveClient';
import { api, joinClass, type Joined } from './support/liveServer';
import { health } from './support/wait';

const canvas = () => getExampleCanvases('es')[1]!;

const { server, klass, connect } = useLiveClass();

/** A student working on a canvas, and a teammate watching the same canvas. */
async function pair(): Promise<{ student: LiveClient; mate: LiveClient; joined: Joined }> {
  const joined = await joinClass(server, klass.joinCode, 'Ana');
  const team = await api<Joined>(server, '/api/live/team', {
    teamCode: joined.teamCode,
    displayName: 'Eva',
  });
  const student = connect(server.wsUrl, joined.documentName, joined.token, { canvas: canvas() });
  const mate = connect(server.wsUrl, joined.documentName, team.body.token);
  await mate.until((c) => c.id === canvas().id, 'the teammate to load the canvas');
  return { student, mate, joined };
}

/** Shows the server still serves: an edit through `from` reaches `to`. */
async function stillServing(from: LiveClient, to: LiveClient, name: string) {
  from.edit((c) => void (c.name = name));
  await to.until((c) => c.name === name, `"${name}" to arrive`);
}

describe('live server: updates are checked before they are stored', () => {
  it('should refuse an update that breaks the schema, tell the sender, and keep it from everyone (L8)', async () => {
    const { student, mate, joined } = await pair();
    const refused = student.nextMessage();
    const broken = structuredClone(student.canvas());
    broken.segments[0]!.size = -5;
    (broken.relationships[0] as { type: string }).type = 'telepathy';
    // Written straight into the document, as a modified client could.
    student.edit((c) => Object.assign(c, broken as Canvas));
    expect(await refused).toEqual({ type: 'refused', reason: 'schema', path: 'segments.0.size' });
    mate.edit((c) => void (c.name = 'Sigue igual'));
    const fresh = connect(server.wsUrl, joined.documentName, joined.token);
    const stored = await fresh.until((c) => c.name === 'Sigue igual', 'the stored canvas');
    expect(stored.segments[0]!.size).toBe(canvas().segments[0]!.size);
    expect(stored.relationships[0]!.type).toBe(canvas().relationships[0]!.type);
    expect(mate.canvas().segments[0]!.size).toBe(canvas().segments[0]!.size);
  });

  it('should refuse a 10 MB update and keep serving everyone else (L9)', async () => {
    const { student } = await pair();
    const others = await pair();
    const refused = student.nextMessage();
    student.edit((c) => void (c.description = 'x'.repeat(10 * 1024 * 1024)));
    expect(await refused).toEqual({ type: 'refused', reason: 'too_large' });
    await stillServing(others.student, others.mate, 'Tras los 10 MB');
    expect(await health(server)).toEqual({ status: 200, body: { ok: true, storage: 'ok' } });
  });

  it('should keep serving everyone else after a socket sends garbage frames (L9)', async () => {
    const { student, mate } = await pair();
    for (const frame of [
      randomBytes(64),
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      randomBytes(10 * 1024 * 1024),
    ]) {
      const socket = new WebSocket(server.wsUrl);
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.send(frame);
      // A frame that is not even a document name ends the socket; anything else waits for auth.
      socket.close();
      await closed;
    }
    await stillServing(student, mate, 'Tras la basura');
    expect((await health(server)).status).toBe(200);
  });

  it('should refuse a client sending more updates than the rate allows', async () => {
    const { student, mate } = await pair();
    const refused = student.nextMessage();
    for (let i = 0; i < 200; i++) student.edit((c) => void (c.name = `Edición ${i}`));
    expect(await refused).toEqual({ type: 'refused', reason: 'rate' });
    // Everyone else keeps working.
    const others = await pair();
    await stillServing(others.mate, others.student, 'Después de la ráfaga');
    expect(mate.canvas().name).not.toBe('Edición 199');
  });
});
