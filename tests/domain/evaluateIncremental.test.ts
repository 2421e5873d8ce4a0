/**
 * evaluateCanvas keeps each segment's results against the objects they came from: an edit that
 * replaces one segment re-evaluates that segment only, and the results are the same as a fresh
 * evaluation of the same data.
 */
import fc from 'fast-check';

import { evaluateCanvas, type Canvas } from '@/domain';

import { canvasArb } from './arbitraries';
import { relationshipWith, segmentWith, workedExample } from './economicsFixtures';

/** The same data in new objects, so nothing can be reused. */
const fresh = (canvas: Canvas): Canvas => structuredClone(canvas);

/** A plain copy of an evaluation, explanations included, for comparing two of them. */
const snapshot = (canvas: Canvas) => {
  const evaluation = evaluateCanvas(canvas);
  return JSON.parse(
    JSON.stringify({
      ...evaluation,
      segments: evaluation.segments.map((s) => ({
        ...s,
        explain: s.explain,
        breakdown: s.breakdown.map((b) => ({ ...b, explain: b.explain })),
      })),
    }),
  );
};

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
});
