// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc, observeCanvas, readCanvas, writeCanvas } from '@/collab';
import {
  CHANNEL_CHECKLIST_QUESTIONS,
  type Canvas,
  canvasSchema,
  createEmptyCanvas,
  createNote,
  createSegment,
} from '@/domain';
import { getExampleCanvases } from '@/domain/examples';

/** Sends each document what the other lacks, as two connected clients would. */
function sync(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

function canvasOf(doc: Y.Doc): Canvas {
  const result = readCanvas(doc);
  if (!result.ok) throw new Error(`invalid canvas: ${JSON.stringify(result.problems)}`);
  return result.canvas;
}

/** A second client holding the same document as `doc`. */
function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const example = (index = 0) => getExampleCanvases('es')[index]!;

describe('canvas ↔ Yjs document', () => {
  it('should read back every example canvas unchanged, in both languages', () => {
    for (const locale of ['es', 'en'] as const) {
      for (const canvas of getExampleCanvases(locale)) {
        expect(canvasOf(createCanvasDoc(canvas))).toEqual(canvas);
        expect(canvasOf(replica(createCanvasDoc(canvas)))).toEqual(canvas);
      }
    }
  });

  it('should change nothing when the same canvas is written again', () => {
    const canvas = example();
    const doc = createCanvasDoc(canvas);
    let updates = 0;
    doc.on('update', () => updates++);
    writeCanvas(doc, structuredClone(canvas));
    expect(updates).toBe(0);
  });

  it('should keep both edits when two people change different fields of one segment (L3)', () => {
    const a = createCanvasDoc(example());
    const b = replica(a);
    const mine = canvasOf(a);
    const theirs = canvasOf(b);
    mine.segments[0]!.name = 'Cafeterías de barrio';
    theirs.segments[0]!.size = 4321;
    theirs.segments[0]!.archetype.howTheyBuy = 'Por catálogo';
    writeCanvas(a, mine);
    writeCanvas(b, theirs);
    sync(a, b);
    const merged = canvasOf(a);
    expect(merged).toEqual(canvasOf(b));
    expect(merged.segments[0]).toMatchObject({ name: 'Cafeterías de barrio', size: 4321 });
    expect(merged.segments[0]!.archetype.howTheyBuy).toBe('Por catálogo');
  });

  it('should converge when two people type in the same text at once (L4)', () => {
    const start = { ...example(), description: 'Café en casa' };
    const a = createCanvasDoc(start);
    const b = replica(a);
    writeCanvas(a, { ...start, description: 'Café en casa, cada día' });
    writeCanvas(b, { ...start, description: 'Buen café en casa' });
    sync(a, b);
    const text = canvasOf(a).description;
    expect(canvasOf(b).description).toBe(text);
    expect(text).toBe('Buen café en casa, cada día');
  });

  it('should show a segment added offline once, however often the edits are exchanged (L2)', () => {
    const online = createCanvasDoc(example());
    const offline = replica(online);
    const canvas = canvasOf(offline);
    const added = createSegment({ name: 'Oficinas' }, canvas.segments.length);
    writeCanvas(offline, { ...canvas, segments: [...canvas.segments, added] });
    const offlineEdits = Y.encodeStateAsUpdate(offline);
    sync(online, offline);
    sync(online, offline);
    // The same edits arriving again (a reconnect resending its stored state) change nothing.
    Y.applyUpdate(online, offlineEdits);
    const ids = canvasOf(online).segments.map((s) => s.id);
    expect(ids.filter((id) => id === added.id)).toHaveLength(1);
    expect(canvasOf(online)).toEqual(canvasOf(offline));
  });

  it('should keep segments two people add at once, and an edit to a segment someone else moved', () => {
    const a = createCanvasDoc(example());
    const b = replica(a);
    const c = replica(a);
    const mine = canvasOf(a);
    writeCanvas(a, { ...mine, segments: [...mine.segments, createSegment({ name: 'A' })] });
    const theirs = canvasOf(b);
    writeCanvas(b, { ...theirs, segments: [...theirs.segments, createSegment({ name: 'B' })] });
    const moved = canvasOf(c);
    const [first, ...rest] = moved.segments;
    writeCanvas(c, { ...moved, segments: [...rest, first!] });
    const edited = canvasOf(a);
    edited.segments[0]!.name = 'Renombrado';
    writeCanvas(a, edited);
    sync(a, b, c);
    const merged = canvasOf(a);
    expect(canvasOf(b)).toEqual(merged);
    expect(canvasOf(c)).toEqual(merged);
    expect(merged.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['A', 'B']));
    expect(merged.segments).toHaveLength(mine.segments.length + 2);
    expect(merged.segments.find((s) => s.id === first!.id)!.name).toBe('Renombrado');
  });

  it('should keep two ticks on the channel checklist and never list one question twice', () => {
    const a = createCanvasDoc({ ...example(), channelChecklist: [] });
    const b = replica(a);
    const c = replica(a);
    writeCanvas(a, {
      ...canvasOf(a),
      channelChecklist: [{ questionId: CHANNEL_CHECKLIST_QUESTIONS[0], done: true }],
    });
    writeCanvas(b, {
      ...canvasOf(b),
      channelChecklist: [{ questionId: CHANNEL_CHECKLIST_QUESTIONS[1], done: true }],
    });
    writeCanvas(c, {
      ...canvasOf(c),
      channelChecklist: [{ questionId: CHANNEL_CHECKLIST_QUESTIONS[0], answer: 'Sí', done: false }],
    });
    sync(a, b, c);
    const list = canvasOf(a).channelChecklist!;
    expect(canvasOf(b).channelChecklist).toEqual(list);
    expect(list.map((item) => item.questionId).sort()).toEqual(
      CHANNEL_CHECKLIST_QUESTIONS.slice(0, 2).sort(),
    );
  });

  it('should keep answers two people give to different channel questions of one segment', () => {
    const a = createCanvasDoc(example());
    const b = replica(a);
    const mine = canvasOf(a);
    mine.segments[0]!.channelAnswers = { wanted: 'Tienda' };
    writeCanvas(a, mine);
    sync(a, b);
    const theirs = canvasOf(b);
    theirs.segments[0]!.channelAnswers = { wanted: 'Tienda', routines: 'Por la mañana' };
    const again = canvasOf(a);
    again.segments[0]!.channelAnswers = { wanted: 'Tienda y web' };
    writeCanvas(b, theirs);
    writeCanvas(a, again);
    sync(a, b);
    expect(canvasOf(a).segments[0]!.channelAnswers).toEqual({
      wanted: 'Tienda y web',
      routines: 'Por la mañana',
    });
  });

  it('should report what is wrong when the document breaks the schema', () => {
    const doc = createCanvasDoc(example());
    const segment = doc.getMap('canvas').get('segments') as Y.Map<Y.Map<Y.Map<unknown>>>;
    const firstId = (segment.get('order') as unknown as Y.Array<string>).get(0);
    segment.get('byId')!.get(firstId)!.set('size', -5);
    const result = readCanvas(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({ path: ['segments', 0, 'size'], code: 'too_small' });
  });

  it('should tell an observer about remote changes with their origin', () => {
    const a = createCanvasDoc(example());
    const b = replica(a);
    const seen: [string, unknown][] = [];
    const stop = observeCanvas(b, (canvas, origin) => seen.push([canvas.name, origin]));
    writeCanvas(a, { ...canvasOf(a), name: 'Nuevo nombre' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
    stop();
    writeCanvas(b, { ...canvasOf(b), name: 'Después' });
    expect(seen).toEqual([['Nuevo nombre', 'remote']]);
  });

  it('should read back whatever sequence of edits is written into one document', () => {
    const base = example(2);
    const edit = fc.record({
      name: fc.string({ maxLength: 30 }),
      description: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      dropUnlinkedSegments: fc.boolean(),
      notes: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
      size: fc.integer({ min: 0, max: 1e6 }),
      reverse: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const doc = createCanvasDoc(base);
        const other = replica(doc);
        for (const e of edits) {
          const segments = base.segments
            .filter((s) => !e.dropUnlinkedSegments || s !== base.segments.at(-1))
            .map((s, i) => (i === 0 ? { ...s, size: e.size } : s));
          const next: Canvas = {
            ...createEmptyCanvas(),
            ...base,
            name: e.name,
            description: e.description,
            segments: e.reverse ? [...segments].reverse() : segments,
            keyPartners: e.notes.map((text) => createNote(text)),
          };
          if (next.description === undefined) delete next.description;
          if (!canvasSchema.safeParse(next).success) continue;
          writeCanvas(doc, next);
          expect(canvasOf(doc)).toEqual(next);
        }
        sync(doc, other);
        expect(canvasOf(other)).toEqual(canvasOf(doc));
      }),
      { numRuns: 20 },
    );
  });
});
