import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addComment, COMMENTS_KEY, readThreads, setResolved, type Thread } from '@/collab';
import { getExampleCanvases } from '@/domain/examples';

import { useLiveClass } from './support/liveClass';
import type { LiveClient } from './support/liveClient';
import { joinClass } from './support/liveServer';

const canvas = () => getExampleCanvases('es')[0]!;
const segmentTarget = () => ({ kind: 'segment' as const, id: canvas().segments[0]!.id });

const { server, klass, connect } = useLiveClass({ title: 'Política' });

/** Resolves once `check` holds for the client's comment threads. */
const threadsUntil = (client: LiveClient, check: (threads: Thread[]) => boolean, what: string) =>
  client.untilDoc((doc) => {
    const threads = readThreads(doc);
    return check(threads) ? threads : undefined;
  }, what);

/** A student with a canvas on the server, and the instructor connected to it. */
async function studentAndInstructor(name: string) {
  const joined = await joinClass(server, klass.joinCode, name);
  const student = connect(server.wsUrl, joined.documentName, joined.token, { canvas: canvas() });
  await student.synced;
  await student.acknowledged();
  const instructor = connect(server.wsUrl, joined.documentName, klass.instructorToken);
  await instructor.until((c) => c.id === canvas().id, 'the instructor to load the canvas');
  return { joined, student, instructor };
}

/** Sends what `write` does to the client's document and expects the server to refuse it. */
async function expectRefused(client: LiveClient, write: (doc: Y.Doc) => void) {
  const message = await client.answerTo(write);
  client.close();
  return message;
}

describe('live server: what each role may change', () => {
  it('should carry an instructor comment to the student, keeping markup as the text it is', async () => {
    const { student, instructor } = await studentAndInstructor('Ana');
    const text = '<b>Revisa</b> el tamaño <img src=x onerror=alert(1)>';
    const added = addComment(instructor.doc, {
      target: segmentTarget(),
      authorName: 'Profesora',
      authorRole: 'instructor',
      text,
    });
    expect(added.ok).toBe(true);
    const [thread] = await threadsUntil(student, (t) => t.length === 1, 'the comment');
    expect(thread!.comments[0]).toMatchObject({ text, authorRole: 'instructor' });
    expect(thread!.target).toEqual(segmentTarget());

    // The student answers under their own name and resolves; the instructor sees both.
    addComment(student.doc, {
      target: segmentTarget(),
      authorName: 'Ana',
      authorRole: 'student',
      text: 'Hecho',
      replyTo: thread!.id,
    });
    setResolved(student.doc, thread!.id, true);
    const [seen] = await threadsUntil(
      instructor,
      (t) => t[0]?.resolved === true && t[0].comments.length === 2,
      'the answer and the resolution',
    );
    expect(seen!.comments.map((c) => c.text)).toEqual([text, 'Hecho']);
    // And the instructor may reopen it.
    setResolved(instructor.doc, thread!.id, false);
    await threadsUntil(student, (t) => t[0]?.resolved === false, 'the reopened thread');
  });

  it("should refuse an instructor comment signed as a student, and an edit of a student's words", async () => {
    const { joined, student, instructor } = await studentAndInstructor('Bea');
    const forged = await expectRefused(instructor, (doc) =>
      addComment(doc, {
        target: segmentTarget(),
        authorName: 'Bea',
        authorRole: 'student',
        text: 'Lo dijo Bea',
      }),
    );
    expect(forged).toMatchObject({ type: 'refused', reason: 'forbidden' });

    const own = addComment(student.doc, {
      target: segmentTarget(),
      authorName: 'Bea',
      authorRole: 'student',
      text: 'Mi duda',
    });
    await student.acknowledged();
    const watcher = connect(server.wsUrl, joined.documentName, klass.instructorToken);
    await threadsUntil(watcher, (t) => t.length === 1, "Bea's comment");
    const edited = await expectRefused(watcher, (doc) =>
      (doc.getMap(COMMENTS_KEY).get(own.ok ? own.id : '') as Y.Map<unknown>).set('text', 'Otra'),
    );
    expect(edited).toMatchObject({ type: 'refused', reason: 'forbidden' });

    const fresh = connect(server.wsUrl, joined.documentName, joined.token);
    const [stored] = await threadsUntil(fresh, (t) => t.length === 1, 'the stored comments');
    expect(stored!.comments.map((c) => [c.authorName, c.text])).toEqual([['Bea', 'Mi duda']]);
  });

  it('should refuse a student signing with a teammate’s name or as the instructor', async () => {
    const { joined } = await studentAndInstructor('Carla');
    for (const [authorName, authorRole] of [
      ['Dani', 'student'],
      ['Carla', 'instructor'],
    ] as const) {
      const student = connect(server.wsUrl, joined.documentName, joined.token);
      await student.synced;
      const message = await expectRefused(student, (doc) =>
        addComment(doc, { target: segmentTarget(), authorName, authorRole, text: 'Hola' }),
      );
      expect(message).toMatchObject({ type: 'refused', reason: 'forbidden' });
    }
  });

  it('should refuse a comment the schema refuses, an unknown top-level name and a hand-in of the wrong shape', async () => {
    const { joined } = await studentAndInstructor('Eli');
    const writes: [(doc: Y.Doc) => void, string][] = [
      [
        (doc) => {
          const entry = new Y.Map<unknown>();
          for (const [k, v] of Object.entries({
            target: segmentTarget(),
            authorName: 'Eli',
            authorRole: 'student',
            text: 'x'.repeat(2001),
            at: new Date().toISOString(),
            resolved: false,
          }))
            entry.set(k, v);
          doc.getMap(COMMENTS_KEY).set('c1', entry);
        },
        'comments.c1.text',
      ],
      [(doc) => doc.getMap('secrets').set('a', 1), 'secrets'],
      [(doc) => doc.getArray(COMMENTS_KEY).insert(0, ['suelto']), 'comments'],
      [(doc) => doc.getMap('handins').set('h1', 'x'), 'handins.h1'],
    ];
    for (const [write, path] of writes) {
      const student = connect(server.wsUrl, joined.documentName, joined.token);
      await student.synced;
      expect(await expectRefused(student, write)).toEqual({
        type: 'refused',
        reason: 'schema',
        path,
      });
    }
    // Nothing of it was kept, and the student still works.
    const fresh = connect(server.wsUrl, joined.documentName, joined.token);
    await fresh.until((c) => c.id === canvas().id, 'the stored canvas');
    fresh.edit((c) => void (c.name = 'Sigue'));
    await fresh.acknowledged();
    expect(fresh.doc.getMap(COMMENTS_KEY).size).toBe(0);
    expect(fresh.doc.getMap('secrets').size).toBe(0);
  });
});
