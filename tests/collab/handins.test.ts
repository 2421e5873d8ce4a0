// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createCanvasDoc, readCanvas, writeCanvas } from '@/collab';
import {
  handIn,
  MAX_HANDINS,
  observeHandins,
  readFrozenCanvas,
  readHandinEntries,
  type Handin,
} from '@/collab/handins';
import { createEmptyCanvas, createSegment, type Canvas } from '@/domain';

const start = (): Canvas => ({
  ...createEmptyCanvas({ name: 'Café' }),
  segments: [createSegment({ id: 's1', name: 'Offices', size: 120 })],
});

function canvasOf(doc: Y.Doc): Canvas {
  const result = readCanvas(doc);
  if (!result.ok) throw new Error('invalid canvas');
  return result.canvas;
}

describe('hand-ins in the live document', () => {
  it('freezes the canvas as it was: later edits do not reach the hand-in', () => {
    const doc = createCanvasDoc(start());
    const result = handIn(doc, {
      name: ' First draft ',
      by: 'Ana',
      at: new Date('2026-12-03T10:00:00Z'),
    });
    expect(result.ok).toBe(true);
    const edited = canvasOf(doc);
    writeCanvas(doc, {
      ...edited,
      segments: [{ ...edited.segments[0]!, size: 999, name: 'Bars' }],
    });

    const [entry] = readHandinEntries(doc);
    expect(entry).toMatchObject({ name: 'First draft', by: 'Ana', at: '2026-12-03T10:00:00.000Z' });
    const frozen = readFrozenCanvas(entry!.state);
    expect(frozen.ok && frozen.canvas.segments[0]).toMatchObject({ name: 'Offices', size: 120 });
    expect(canvasOf(doc).segments[0]).toMatchObject({ name: 'Bars', size: 999 });
  });

  it('travels to another copy of the document like any edit, and is read there', () => {
    const student = createCanvasDoc(start());
    handIn(student, { name: 'Draft', by: 'Ana' });
    const instructor = new Y.Doc();
    const seen: Handin[][] = [];
    const stop = observeHandins(instructor, (handins) => seen.push(handins));
    Y.applyUpdate(instructor, Y.encodeStateAsUpdate(student));
    stop();
    expect(seen[0]).toEqual([]);
    const last = seen.at(-1)!;
    expect(last.map((h) => h.name)).toEqual(['Draft']);
    expect(last[0]?.canvas?.segments[0]?.name).toBe('Offices');
  });

  it('refuses a hand-in beyond the cap, and one of a document without a valid canvas', () => {
    const doc = createCanvasDoc(start());
    for (let i = 0; i < MAX_HANDINS; i++)
      expect(handIn(doc, { name: `v${i}`, by: 'Ana' }).ok).toBe(true);
    expect(handIn(doc, { name: 'one more', by: 'Ana' })).toEqual({ ok: false, reason: 'too_many' });
    expect(handIn(new Y.Doc(), { name: 'x', by: 'Ana' })).toEqual({
      ok: false,
      reason: 'invalid_canvas',
    });
  });

  it('reads a damaged state as no canvas rather than failing', () => {
    expect(readFrozenCanvas(new Uint8Array([1, 2, 3])).ok).toBe(false);
    expect(readFrozenCanvas(Y.encodeStateAsUpdate(new Y.Doc())).ok).toBe(false);
  });
});
