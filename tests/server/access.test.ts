import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { getExampleCanvases } from '@/domain/examples';

import { useLiveClass } from './support/liveClass';
import { api, createClass, joinClass, type Joined } from './support/liveServer';

const canvas = () => getExampleCanvases('es')[0]!;

const { server, klass, connect } = useLiveClass({ title: 'Marketing 1º' });
let ana: Joined;
let bea: Joined;

beforeAll(async () => {
  ana = await joinClass(server, klass.joinCode, 'Ana');
  bea = await joinClass(server, klass.joinCode.toLowerCase().replace(/-/g, ''), 'Bea');
});

describe('live server: classes and codes', () => {
  it('should hand out typeable codes and long tokens, each different', () => {
    expect(klass.joinCode).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/,
    );
    expect(ana.teamCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    // base64url of 32 random bytes
    expect(klass.instructorToken).toHaveLength(43);
    expect(new Set([klass.instructorToken, ana.token, bea.token]).size).toBe(3);
    expect(ana.documentName).not.toBe(bea.documentName);
    expect(ana.documentName).toMatch(new RegExp(`^class/${klass.classId}/canvas/[0-9a-f]{32}$`));
    expect(ana).toMatchObject({
      classId: klass.classId,
      displayName: 'Ana',
      classTitle: 'Marketing 1º',
    });
  });

  it('should refuse an unknown code, an empty name and a name with control characters', async () => {
    expect(
      await api(server, '/api/live/join', { joinCode: 'ZZZZ-ZZZZ-ZZZZ-Z', displayName: 'X' }),
    ).toEqual({
      status: 404,
      body: { error: 'unknown_code' },
    });
    for (const displayName of ['  ', 'a\u0000b', 'x'.repeat(61), 42]) {
      expect(
        await api(server, '/api/live/join', { joinCode: klass.joinCode, displayName }),
      ).toEqual({
        status: 400,
        body: { error: 'invalid_name' },
      });
    }
  });

  it('should keep a name that looks like HTML as the text it is', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const joined = await joinClass(server, klass.joinCode, name);
    expect(joined.displayName).toBe(name);
    const { body } = await api<{ members: { displayName: string }[] }>(
      server,
      `/api/live/classes/${klass.classId}/members`,
      undefined,
      { authorization: `Bearer ${klass.instructorToken}` },
    );
    expect(body.members.map((m) => m.displayName)).toEqual(['Ana', 'Bea', name]);
  });

  it('should list members only for the instructor of that class', async () => {
    const route = `/api/live/classes/${klass.classId}/members`;
    expect((await api(server, route)).status).toBe(401);
    expect(
      (await api(server, route, undefined, { authorization: `Bearer ${ana.token}` })).status,
    ).toBe(401);
    const other = await createClass(server);
    const stranger = await api(server, route, undefined, {
      authorization: `Bearer ${other.instructorToken}`,
    });
    expect(stranger).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });
});

describe('live server: who opens which canvas', () => {
  it('should let a student and a teammate edit different fields of one segment, keeping both (L3)', async () => {
    const mate = await api<Joined>(server, '/api/live/team', {
      teamCode: ana.teamCode,
      displayName: 'Carla',
    });
    expect(mate.status).toBe(200);
    expect(mate.body.documentName).toBe(ana.documentName);
    const mine = connect(server.wsUrl, ana.documentName, ana.token, { canvas: canvas() });
    await mine.synced;
    await mine.acknowledged();
    const theirs = connect(server.wsUrl, ana.documentName, mate.body.token);
    await theirs.until((c) => c.id === canvas().id, 'the teammate to load the canvas');
    mine.edit((c) => void (c.segments[0]!.name = 'Baristas'));
    theirs.edit((c) => void (c.segments[0]!.size = 777));
    for (const client of [mine, theirs]) {
      await client.until(
        (c) => c.segments[0]!.name === 'Baristas' && c.segments[0]!.size === 777,
        'both edits',
      );
    }
  });

  it("should let the instructor read a student canvas as it changes, and refuse the instructor's canvas edits", async () => {
    const student = connect(server.wsUrl, bea.documentName, bea.token, { canvas: canvas() });
    await student.synced;
    await student.acknowledged();
    const instructor = connect(server.wsUrl, bea.documentName, klass.instructorToken);
    await instructor.until((c) => c.id === canvas().id, 'the instructor to see the canvas');
    student.edit((c) => void (c.name = 'Cambiado por Bea'));
    await instructor.until(
      (c) => c.name === 'Cambiado por Bea',
      "the instructor to see Bea's edit",
    );
    const refused = instructor.nextMessage();
    instructor.edit((c) => void (c.name = 'Cambiado por el profesor'));
    expect(await refused).toEqual({ type: 'refused', reason: 'forbidden', path: 'canvas' });
    instructor.close();
    const watcher = connect(server.wsUrl, bea.documentName, klass.instructorToken);
    await watcher.synced;
    // A later student edit arrives, and the instructor's never did.
    student.edit((c) => void (c.description = 'después'));
    await watcher.until((c) => c.description === 'después', 'the later edit');
    const fresh = connect(server.wsUrl, bea.documentName, bea.token);
    const stored = await fresh.until((c) => c.description === 'después', 'the stored canvas');
    expect(stored.name).toBe('Cambiado por Bea');
    expect(student.canvas().name).toBe('Cambiado por Bea');
  });

  it('should refuse a made-up token at authentication (L6)', async () => {
    const client = connect(server.wsUrl, ana.documentName, 'made-up-token');
    expect(await client.authFailed).toBe('unauthorized');
    expect(client.doc.getMap('canvas').size).toBe(0);
  });

  it('should refuse an expired token as expired (L6)', async () => {
    const late = await joinClass(server, klass.joinCode, 'Tarde');
    const db = new Database(path.join(server.dataDir, 'vinculo.sqlite'));
    db.prepare('UPDATE members SET expires_at = ? WHERE id = ?').run(
      Date.now() - 1000,
      late.memberId,
    );
    db.close();
    const client = connect(server.wsUrl, late.documentName, late.token);
    expect(await client.authFailed).toBe('expired');
  });

  it("should refuse a student asking for another student's canvas, sending nothing of it (L7)", async () => {
    const [classId, , other] = [klass.classId, 'canvas', bea.documentName.split('/').at(-1)];
    const crafted = [
      bea.documentName,
      `${ana.documentName}/../${other}`,
      `class/${classId}/canvas/${other}?`,
      `class/${classId}/canvas/${other} `,
      'class/../canvas/x',
    ];
    for (const name of crafted) {
      const client = connect(server.wsUrl, name, ana.token);
      expect(await client.authFailed).toBe('unauthorized');
      expect(client.doc.getMap('canvas').size).toBe(0);
    }
    // The instructor of another class cannot read this class's canvases either.
    const other2 = await createClass(server);
    const outsider = connect(server.wsUrl, bea.documentName, other2.instructorToken);
    expect(await outsider.authFailed).toBe('unauthorized');
  });
});
