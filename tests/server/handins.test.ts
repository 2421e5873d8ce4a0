import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc } from '@/collab';
import { handIn, HANDINS_KEY, readFrozenCanvas, readHandinEntries } from '@/collab/handins';
import { getExampleCanvases } from '@/domain/examples';

import { useLiveClass } from './support/liveClass';
import type { LiveClient } from './support/liveClient';
import { joinClass } from './support/liveServer';

const canvas = () => getExampleCanvases('en')[0]!;

const { server, klass, connect } = useLiveClass({ title: 'Entregas' });

/** Resolves once the client's document holds `count` hand-ins. */
const handinsUntil = (client: LiveClient, count: number) =>
  client.untilDoc(
    (doc) => readHandinEntries(doc).length >= count || undefined,
    `${count} hand-ins`,
  );

describe('live server: hand-ins are frozen', () => {
  it('should carry a hand-in to the instructor and keep it as it was while the student edits', async () => {
    const joined = await joinClass(server, klass.joinCode, 'Ana');
    const student = connect(server.wsUrl, joined.documentName, joined.token, { canvas: canvas() });
    await student.synced;
    expect(handIn(student.doc, { name: 'First draft', by: 'Ana' }).ok).toBe(true);
    student.edit((c) => void (c.segments[0]!.name = 'Edited after the hand-in'));
    await student.acknowledged();

    const instructor = connect(server.wsUrl, joined.documentName, klass.instructorToken);
    await instructor.until((c) => c.segments[0]?.name === 'Edited after the hand-in');
    await handinsUntil(instructor, 1);
    const [entry] = readHandinEntries(instructor.doc);
    expect(entry).toMatchObject({ name: 'First draft', by: 'Ana' });
    const frozen = readFrozenCanvas(entry!.state);
    expect(frozen.ok && frozen.canvas.segments[0]!.name).toBe(canvas().segments[0]!.name);

    // The instructor may not hand in for the student.
    expect(
      await instructor.answerTo((doc) => handIn(doc, { name: 'Mine', by: 'Teacher' })),
    ).toEqual({ type: 'refused', reason: 'forbidden', path: HANDINS_KEY });
  });

  it('should refuse a change to a hand-in, its deletion, one that holds no valid canvas or is signed by someone else', async () => {
    const joined = await joinClass(server, klass.joinCode, 'Eva');
    const first = connect(server.wsUrl, joined.documentName, joined.token, { canvas: canvas() });
    await first.synced;
    handIn(first.doc, { name: 'Draft', by: 'Eva' });
    await first.acknowledged();
    const id = readHandinEntries(first.doc)[0]!.id;

    const addEntry = (id: string, fields: Record<string, unknown>) => (doc: Y.Doc) => {
      const entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      doc.getMap(HANDINS_KEY).set(id, entry);
    };
    const valid = {
      name: 'Fake',
      by: 'Eva',
      at: new Date().toISOString(),
      state: Y.encodeStateAsUpdate(createCanvasDoc(canvas())),
    };
    const writes: [(doc: Y.Doc) => void, string, string][] = [
      [
        (doc) => (doc.getMap(HANDINS_KEY).get(id) as Y.Map<unknown>).set('name', 'Better'),
        'forbidden',
        `${HANDINS_KEY}.${id}`,
      ],
      [(doc) => doc.getMap(HANDINS_KEY).delete(id), 'forbidden', HANDINS_KEY],
      [
        addEntry('fake', { ...valid, state: new Uint8Array([0, 0]) }),
        'schema',
        `${HANDINS_KEY}.fake.state`,
      ],
      // Handing in under someone else's name.
      [addEntry('other', { ...valid, by: 'Ana' }), 'forbidden', `${HANDINS_KEY}.other.by`],
    ];
    for (const [write, reason, path] of writes) {
      const student = connect(server.wsUrl, joined.documentName, joined.token);
      await handinsUntil(student, 1);
      expect(await student.answerTo(write)).toEqual({ type: 'refused', reason, path });
      student.close();
    }
    const fresh = connect(server.wsUrl, joined.documentName, joined.token);
    await handinsUntil(fresh, 1);
    expect(readHandinEntries(fresh.doc).map((h) => h.name)).toEqual(['Draft']);
  });
});
