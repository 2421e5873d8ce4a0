import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { canvasSchema, createTactic } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';
import { redo, undo } from '@/store/undo';

const store = () => useCanvasStore.getState();
const active = () => {
  const canvas = canvasSelectors.active(store());
  if (!canvas) throw new Error('no open canvas');
  return canvas;
};
const undoSteps = () => useCanvasStore.temporal.getState().pastStates.length;

beforeEach(() => {
  // Typing bursts are grouped by time; a frozen clock keeps the grouping deterministic.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('canvas library actions', () => {
  it('should create, duplicate, rename and delete canvases, keeping a valid open one', () => {
    const first = store().createCanvas({ name: 'Café' });
    expect(store().activeId).toBe(first);
    const copy = store().duplicateCanvas(first, 'Café (2)');
    expect(store().order).toEqual([first, copy]);
    expect(store().activeId).toBe(copy);
    store().renameCanvas(first, 'Bakery');
    expect(store().canvases[first]?.name).toBe('Bakery');
    store().deleteCanvas(copy);
    expect(store().order).toEqual([first]);
    expect(store().activeId).toBe(first);
    store().deleteCanvas(first);
    expect(store().activeId).toBeNull();
  });

  it('should give a duplicate its own id and a deep copy of the content', () => {
    const first = store().createCanvas();
    store().addSegment({ name: 'Hotels' });
    const copy = store().duplicateCanvas(first, 'Copy');
    store().updateSegment(active().segments[0]?.id ?? '', { name: 'Hostels' });
    expect(store().canvases[copy]?.segments[0]?.name).toBe('Hostels');
    expect(store().canvases[first]?.segments[0]?.name).toBe('Hotels');
  });
});

describe('segment and note actions', () => {
  it('should give new segments successive colours and labels, and reorder them', () => {
    store().createCanvas();
    const a = store().addSegment({ name: 'A' });
    const b = store().addSegment({ name: 'B' });
    expect(active().segments.map((s) => [s.label, s.colorIndex])).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
    store().moveSegment(1, 0);
    expect(active().segments.map((s) => s.id)).toEqual([b, a]);
  });

  it('should update one archetype answer without touching the others', () => {
    store().createCanvas();
    const id = store().addSegment();
    store().updateSegmentArchetype(id, { whoTheyAre: 'Owners of small cafés' });
    store().updateSegmentArchetype(id, { role: 'economic_buyer' });
    expect(active().segments[0]?.archetype).toEqual({
      role: 'economic_buyer',
      whoTheyAre: 'Owners of small cafés',
      howTheyBuy: '',
      whatInterestsThem: '',
    });
  });

  it('should add, edit, move and remove notes within one block', () => {
    store().createCanvas();
    const first = store().addNote('keyPartners', 'Roaster');
    const second = store().addNote('keyPartners', 'Bank');
    store().updateNote('keyPartners', first, { text: 'Coffee roaster' });
    store().moveNote('keyPartners', 1, 0);
    expect(active().keyPartners.map((n) => n.text)).toEqual(['Bank', 'Coffee roaster']);
    store().removeNote('keyPartners', second);
    expect(active().keyPartners.map((n) => n.id)).toEqual([first]);
    expect(active().keyActivities).toEqual([]);
  });

  it('should remove a segment together with everything that only made sense with it', () => {
    store().createCanvas();
    const kept = store().addSegment({ name: 'Kept' });
    const gone = store().addSegment({ name: 'Gone' });
    store().addRelationship(gone, 'self_service');
    const keptRel = store().addRelationship(kept, 'communities');
    store().addTactic(createTactic(gone, 'keep'));
    const channel = store().addChannel({ segmentIds: [kept, gone] });
    store().addNote('valuePropositions', 'For both', [kept, gone]);
    store().addNote('costStructure', 'Only the gone one', [gone]);

    store().removeSegment(gone);

    const canvas = active();
    expect(canvas.segments.map((s) => s.id)).toEqual([kept]);
    expect(canvas.relationships.map((r) => r.id)).toEqual([keptRel]);
    expect(canvas.tactics).toEqual([]);
    expect(canvas.channels.find((c) => c.id === channel)?.segmentIds).toEqual([kept]);
    expect(canvas.valuePropositions[0]?.linkedIds).toEqual([kept]);
    expect(canvas.costStructure[0]?.linkedIds).toEqual([]);
    // Nothing dangles: the canvas is still valid, references included.
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
  });
});

describe('undo grouping', () => {
  it('should make a burst of typing in one field a single step', () => {
    store().createCanvas();
    const id = store().addSegment();
    const before = undoSteps();
    for (const name of ['C', 'Ca', 'Caf', 'Café']) store().updateSegment(id, { name });
    expect(undoSteps()).toBe(before + 1);
    undo();
    expect(active().segments[0]?.name).toBe('');
    redo();
    expect(active().segments[0]?.name).toBe('Café');
  });

  it('should start a new step when typing moves to another field or pauses', () => {
    store().createCanvas();
    const id = store().addSegment();
    const before = undoSteps();
    store().updateSegment(id, { name: 'Café' });
    store().updateSegmentArchetype(id, { whoTheyAre: 'Owners' });
    store().updateSegmentArchetype(id, { whoTheyAre: 'Owners of cafés' });
    expect(undoSteps()).toBe(before + 2);
    vi.advanceTimersByTime(5_000);
    store().updateSegmentArchetype(id, { whoTheyAre: 'Owners of small cafés' });
    expect(undoSteps()).toBe(before + 3);
    undo();
    expect(active().segments[0]?.archetype.whoTheyAre).toBe('Owners of cafés');
  });

  it('should make each toggle, add and delete its own step', () => {
    store().createCanvas();
    const id = store().addSegment();
    const before = undoSteps();
    store().updateSegment(id, { expectedRelationships: ['self_service'] });
    store().updateSegment(id, { expectedRelationships: ['self_service', 'communities'] });
    store().removeSegment(id);
    expect(undoSteps()).toBe(before + 3);
    undo();
    expect(active().segments[0]?.expectedRelationships).toEqual(['self_service', 'communities']);
    undo();
    expect(active().segments[0]?.expectedRelationships).toEqual(['self_service']);
  });

  it('should bring back a deleted canvas and keep an open canvas after undoing its creation', () => {
    const first = store().createCanvas({ name: 'One' });
    const second = store().createCanvas({ name: 'Two' });
    store().deleteCanvas(first);
    undo();
    expect(store().order).toEqual([first, second]);
    undo();
    expect(store().order).toEqual([first]);
    expect(store().activeId).toBe(first);
  });
});
