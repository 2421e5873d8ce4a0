// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  addComment,
  COMMENT_LIMITS,
  COMMENTS_KEY,
  commentsProblem,
  createCanvasDoc,
  observeComments,
  readThreads,
  setResolved,
  threadsByTarget,
  type Thread,
  writeCanvas,
} from '@/collab';
import { getExampleCanvases } from '@/domain/examples';

const canvas = () => getExampleCanvases('es')[0]!;
const segment = { kind: 'segment', id: 's1' } as const;
const teacher = { authorName: 'Profesora', authorRole: 'instructor' } as const;
const ana = { authorName: 'Ana', authorRole: 'student' } as const;

function sync(...docs: Y.Doc[]): void {
  for (const from of docs)
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function added(result: ReturnType<typeof addComment>): string {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.id;
}

describe('comments in the live document', () => {
  it('should add a thread, answer it and resolve it, and read it back on another copy', () => {
    const mine = createCanvasDoc(canvas());
    const theirs = new Y.Doc();
    const first = added(
      addComment(
        mine,
        { target: segment, ...teacher, text: '  ¿Cuántos son?  ' },
        null,
        new Date(1),
      ),
    );
    sync(mine, theirs);
    added(
      addComment(
        theirs,
        { target: segment, ...ana, text: 'Unos 300', replyTo: first },
        null,
        new Date(2),
      ),
    );
    setResolved(theirs, first, true);
    sync(mine, theirs);
    const threads = readThreads(mine);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: first, target: segment, resolved: true });
    expect(threads[0]!.comments.map((c) => [c.authorName, c.authorRole, c.text])).toEqual([
      ['Profesora', 'instructor', '¿Cuántos son?'],
      ['Ana', 'student', 'Unos 300'],
    ]);
    expect(commentsProblem(mine)).toBeNull();
    setResolved(mine, first, false);
    expect(readThreads(mine)[0]!.resolved).toBe(false);
  });

  it('should refuse empty and too long text, naming the field, and add nothing', () => {
    const doc = new Y.Doc();
    for (const text of ['   ', 'x'.repeat(COMMENT_LIMITS.text + 1)]) {
      const result = addComment(doc, { target: segment, ...ana, text });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]!.path).toEqual(['text']);
    }
    expect(addComment(doc, { target: segment, ...ana, text: 'x'.repeat(2000) }).ok).toBe(true);
    expect(readThreads(doc)).toHaveLength(1);
  });

  it('should keep markup as plain text', () => {
    const doc = new Y.Doc();
    const text = '<script>alert(1)</script> & <b>bold</b>';
    added(addComment(doc, { target: segment, ...ana, text }));
    expect(readThreads(doc)[0]!.comments[0]!.text).toBe(text);
  });

  it('should group threads by target, skip answers without a thread and entries the schema refuses', () => {
    const doc = new Y.Doc();
    const a = added(addComment(doc, { target: segment, ...ana, text: 'uno' }, null, new Date(1)));
    added(addComment(doc, { target: segment, ...ana, text: 'dos' }, null, new Date(2)));
    added(addComment(doc, { target: { kind: 'note', id: 'n1' }, ...ana, text: 'nota' }));
    added(addComment(doc, { target: segment, ...ana, text: 'huérfana', replyTo: 'gone' }));
    const broken = new Y.Map<unknown>();
    broken.set('text', 'sin nada más');
    doc.getMap(COMMENTS_KEY).set('broken', broken);

    const grouped = threadsByTarget(readThreads(doc));
    expect(grouped.get('segment:s1')!.map((t) => t.comments[0]!.text)).toEqual(['uno', 'dos']);
    expect(grouped.get('segment:s1')![0]!.id).toBe(a);
    expect(grouped.get('note:n1')).toHaveLength(1);
    expect(commentsProblem(doc)).toMatchObject({ path: [COMMENTS_KEY, 'broken', 'target'] });
  });

  it('should call its observer for comment changes only, never for canvas edits', () => {
    const doc = createCanvasDoc(canvas());
    const seen: Thread[][] = [];
    const stop = observeComments(doc, (threads) => seen.push(threads));
    writeCanvas(doc, { ...canvas(), name: 'Otro nombre' });
    expect(seen).toHaveLength(0);
    const id = added(addComment(doc, { target: segment, ...ana, text: 'hola' }));
    setResolved(doc, id, true);
    setResolved(doc, id, true); // no change, no call
    expect(seen.map((threads) => threads[0]?.resolved)).toEqual([false, true]);
    stop();
    addComment(doc, { target: segment, ...ana, text: 'después' });
    expect(seen).toHaveLength(2);
  });

  it('should report more comments than the cap allows', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i <= COMMENT_LIMITS.count; i++)
        addComment(doc, { target: segment, ...ana, text: `c${i}` });
    });
    expect(commentsProblem(doc)).toEqual({ path: [COMMENTS_KEY], code: 'too_big' });
  });
});
