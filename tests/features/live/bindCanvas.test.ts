import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';

import { createCanvasDoc, readCanvas, writeCanvas } from '@/collab';
import type { Canvas } from '@/domain';
import { bindCanvas, type CanvasBinding } from '@/features/live/bindCanvas';
import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';

let binding: CanvasBinding | null = null;
afterEach(() => binding?.unbind());

/** This browser's document, bound to a new canvas of the library, and a teammate's copy of it. */
function setUp() {
  const canvasId = useCanvasStore.getState().createCanvas({ name: 'Taller' });
  const canvas = useCanvasStore.getState().canvases[canvasId] as Canvas;
  const teammate = createCanvasDoc({ ...canvas, id: 'server-canvas' });
  const mine = new Y.Doc();
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(teammate));
  useCanvasStore.temporal.getState().clear();
  binding = bindCanvas(mine, canvasId);
  const exchange = () => {
    Y.applyUpdate(teammate, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(teammate)));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(teammate, Y.encodeStateVector(mine)), 'server');
  };
  const teammateCanvas = () => {
    const read = readCanvas(teammate);
    if (!read.ok) throw new Error('teammate document is invalid');
    return read.canvas;
  };
  const teammateEdits = (recipe: (c: Canvas) => Canvas) =>
    writeCanvas(teammate, recipe(teammateCanvas()), 'teammate');
  const local = () => useCanvasStore.getState().canvases[canvasId] as Canvas;
  return { canvasId, mine, exchange, teammateCanvas, teammateEdits, local };
}

describe('bindCanvas', () => {
  it('sends the user’s edits to the document under its own id, and brings the teammate’s back', () => {
    const { canvasId, exchange, teammateCanvas, teammateEdits, local } = setUp();
    const segmentId = useCanvasStore.getState().addSegment({ name: 'Cafeterías' });
    exchange();
    expect(teammateCanvas().segments.map((s) => s.name)).toEqual(['Cafeterías']);
    expect(teammateCanvas().id).toBe('server-canvas');

    teammateEdits((c) => ({ ...c, description: 'Compartido' }));
    exchange();
    expect(local().description).toBe('Compartido');
    expect(local().id).toBe(canvasId);
    expect(local().segments[0]?.id).toBe(segmentId);
  });

  it('keeps both edits when the two change different fields of one segment at once (L3)', () => {
    const { exchange, teammateEdits, teammateCanvas, local } = setUp();
    const id = useCanvasStore.getState().addSegment({ name: 'Cafeterías', size: 10 });
    exchange();
    useCanvasStore.getState().updateSegment(id, { name: 'Cafeterías de barrio' });
    teammateEdits((c) => ({
      ...c,
      segments: c.segments.map((s) => (s.id === id ? { ...s, size: 1234 } : s)),
    }));
    exchange();
    for (const canvas of [local(), teammateCanvas()]) {
      expect(canvas.segments).toMatchObject([{ name: 'Cafeterías de barrio', size: 1234 }]);
    }
  });

  it('never lets undo take back a teammate’s edit, and still undoes the user’s own later ones', () => {
    const { exchange, teammateEdits, local } = setUp();
    useCanvasStore.getState().addSegment({ name: 'Mío' });
    exchange();
    teammateEdits((c) => ({ ...c, description: 'Del compañero' }));
    exchange();
    // The remote edit is no undo step, and the step before it is gone with the history.
    undo();
    expect(local().description).toBe('Del compañero');
    expect(local().segments.map((s) => s.name)).toEqual(['Mío']);

    useCanvasStore.getState().addSegment({ name: 'Otro mío' });
    undo();
    expect(local().segments.map((s) => s.name)).toEqual(['Mío']);
    expect(local().description).toBe('Del compañero');
  });

  it('does not echo: its own writes are not applied back to the store', () => {
    const { mine } = setUp();
    let storeChanges = 0;
    const stop = useCanvasStore.subscribe(() => (storeChanges += 1));
    useCanvasStore.getState().updateCanvas({ description: 'Hola' });
    stop();
    expect(storeChanges).toBe(1); // an echo would replace the canvas a second time
    expect(readCanvas(mine)).toMatchObject({ ok: true, canvas: { description: 'Hola' } });
  });
});
