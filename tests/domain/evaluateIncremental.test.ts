/**
 * evaluateCanvas keeps each segment's results against the objects they came from: an edit that
 * replaces one segment re-evaluates that segment only, and the results are the same as a fresh
 * evaluation of the same data.
 */
import fc from 'fast-check';

import { evaluateCanvas, type Canvas } from '@/domain';

import { canvasArb } from './arbitraries';
import { relationshipWith, segmentWith, workedExample } from './economicsFixtures';
import { snapshot } from './evaluationSnapshot';

/** The same data in new objects, so nothing can be reused. */
const fresh = (canvas: Canvas): Canvas => structuredClone(canvas);

function threeSegments(): Canvas {
  const canvas = workedExample();
  return {
    ...canvas,
    segments: [
      ...canvas.segments,
      segmentWith({ id: 'b', size: 100 }),
      segmentWith({ id: 'c', size: 300 }),
    ],
    relationships: [
      ...canvas.relationships,
      relationshipWith('automated_services', { id: 'b-auto', segmentId: 'b' }),
      relationshipWith('communities', { id: 'c-com', segmentId: 'c' }),
    ],
    channels: [
      {
        id: 'shared',
        name: 'Stores',
        kind: 'own_store',
        ownership: 'own',
        directness: 'direct',
        medium: 'physical',
        functions: ['sales'],
        phases: ['purchase'],
        segmentIds: ['b', 'c'],
        monthlyCost: 4_000,
      },
    ],
  };
}

const withSegment = (canvas: Canvas, id: string, patch: Partial<Canvas['segments'][number]>) => ({
  ...canvas,
  segments: canvas.segments.map((s) => (s.id === id ? { ...s, ...patch } : s)),
});

describe('evaluateCanvas, incremental', () => {
  it('should re-evaluate only the edited segment and reuse the others as they were', () => {
    const canvas = threeSegments();
    const before = evaluateCanvas(canvas);
    const edited = withSegment(canvas, 'seg', { monthlyChurn: 0.05 });
    const after = evaluateCanvas(edited);
    expect(after.segments[0]).not.toBe(before.segments[0]);
    expect(after.segments[1]).toBe(before.segments[1]);
    expect(after.segments[2]).toBe(before.segments[2]);
    expect(snapshot(edited)).toEqual(snapshot(fresh(edited)));
  });

  it("should re-evaluate the other segments of a channel when one segment's size changes its share", () => {
    const canvas = threeSegments();
    const before = evaluateCanvas(canvas);
    const edited = withSegment(canvas, 'b', { size: 300 });
    const after = evaluateCanvas(edited);
    expect(after.segments[0]).toBe(before.segments[0]);
    expect(after.segments.map((s) => s.channelCost)).toEqual([0, 2_000, 2_000]);
    expect(snapshot(edited)).toEqual(snapshot(fresh(edited)));
  });

  it('should re-evaluate a segment whose relationship, tactic or settings were replaced', () => {
    const canvas = threeSegments();
    const before = evaluateCanvas(canvas);
    const relationships = canvas.relationships.map((r) =>
      r.id === 'b-auto' ? { ...r, coverage: 0.5 } : r,
    );
    const after = evaluateCanvas({ ...canvas, relationships });
    expect(after.segments[0]).toBe(before.segments[0]);
    expect(after.segments[1]).not.toBe(before.segments[1]);
    const rules = { ...canvas.settings.rules, maxCostShare: 0.01 };
    const strict = { ...canvas, relationships, settings: { ...canvas.settings, rules } };
    expect(evaluateCanvas(strict).segments[0]).not.toBe(after.segments[0]);
    expect(snapshot(strict)).toEqual(snapshot(fresh(strict)));
  });

  it('should give the same results as a fresh evaluation after any sequence of edits', () => {
    fc.assert(
      fc.property(canvasArb, canvasArb, (first, second) => {
        evaluateCanvas(first);
        // the second canvas shares the first one's settings and its unchanged segments
        const mixed: Canvas = { ...second, settings: first.settings };
        expect(snapshot(mixed)).toEqual(snapshot(fresh(mixed)));
      }),
      { numRuns: 40 },
    );
  });

  it("should keep the untouched segments' economics and finding objects after an edit", () => {
    const canvas = threeSegments();
    const before = evaluateCanvas(canvas);
    const edited = withSegment(canvas, 'c', { monthlyChurn: 0.05 });
    const after = evaluateCanvas(edited);
    const findingsOf = (evaluation: typeof before, id: string) =>
      evaluation.findings.filter((f) => f.segmentId === id);
    for (const id of ['seg', 'b']) {
      expect(findingsOf(after, id).length).toBeGreaterThan(0);
      findingsOf(after, id).forEach((f, i) => expect(f).toBe(findingsOf(before, id)[i]));
    }
    expect(after.segments[1]).toBe(before.segments[1]);
    expect(after.segments[2]).not.toBe(before.segments[2]);
    expect(snapshot(edited)).toEqual(snapshot(fresh(edited)));
  });

  it('should give the same findings as a fresh evaluation when an edit changes which rules fire', () => {
    const canvas = threeSegments();
    evaluateCanvas(canvas);
    const quiet = withSegment(canvas, 'b', { expectedRelationships: ['automated_services'] });
    const loud = withSegment(quiet, 'b', { expectedRelationships: [] });
    const rulesOf = (c: Canvas) =>
      evaluateCanvas(c)
        .findings.filter((f) => f.segmentId === 'b')
        .map((f) => f.ruleId);
    // one warning fewer (CR28, the expected type is unaffordable), one hint more (CR03, none expected)
    expect(rulesOf(quiet)).toEqual(expect.arrayContaining(['CR28']));
    expect(rulesOf(quiet)).not.toContain('CR03');
    expect(rulesOf(loud)).toContain('CR03');
    expect(rulesOf(loud)).not.toContain('CR28');
    expect(snapshot(loud)).toEqual(snapshot(fresh(loud)));
    expect(snapshot(quiet)).toEqual(snapshot(fresh(quiet)));
  });

  it('should re-evaluate every segment and channel when the settings change', () => {
    const canvas = threeSegments();
    const before = evaluateCanvas(canvas);
    const after = evaluateCanvas({ ...canvas, settings: { ...canvas.settings } });
    after.segments.forEach((s, i) => expect(s).not.toBe(before.segments[i]));
    after.channels.forEach((c, i) => expect(c).not.toBe(before.channels[i]));
    expect(after).toEqual(before);
  });

  it('should keep canvases apart when two of them, or two versions of one, are evaluated in turn', () => {
    const first = threeSegments();
    const other = { ...withSegment(threeSegments(), 'b', { size: 900 }), id: 'other' };
    const edited = withSegment(first, 'seg', { size: 10 });
    const expected = [first, other, edited].map((c) => snapshot(fresh(c)));
    for (let turn = 0; turn < 2; turn++) {
      expect([first, other, edited].map(snapshot)).toEqual(expected);
      expect([edited, first, other].map(snapshot)).toEqual([expected[2], expected[0], expected[1]]);
    }
  });

  it('should give the same results as a fresh evaluation after any segments are replaced', () => {
    fc.assert(
      fc.property(canvasArb, canvasArb, fc.array(fc.boolean()), (canvas, donor, replace) => {
        evaluateCanvas(canvas);
        // same ids in the same places, other objects: the edit path
        const segments = canvas.segments.map((s, i) => {
          const other = donor.segments[i];
          return replace[i] && other ? { ...other, id: s.id } : s;
        });
        const edited = { ...canvas, segments };
        expect(snapshot(edited)).toEqual(snapshot(fresh(edited)));
      }),
      { numRuns: 100 },
    );
  });

  it('should keep the last evaluation of 64 canvases at most, forgetting the least recent', () => {
    const canvas = { ...threeSegments(), id: 'kept-first' };
    const before = evaluateCanvas(canvas);
    const edit = () => withSegment(canvas, 'seg', { size: 7 });
    for (let i = 0; i < 63; i++) evaluateCanvas({ ...threeSegments(), id: `kept-${i}` });
    expect(evaluateCanvas(edit()).segments[1]).toBe(before.segments[1]);
    for (let i = 0; i < 64; i++) evaluateCanvas({ ...threeSegments(), id: `forgets-${i}` });
    const after = evaluateCanvas(edit());
    expect(after.segments[1]).not.toBe(before.segments[1]);
    expect(after.segments[1]).toEqual(before.segments[1]);
  });
});
