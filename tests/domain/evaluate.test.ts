import fc from 'fast-check';

import { createEmptyCanvas } from '@/domain/defaults';
import { breakEvenCurve } from '@/domain/economics';
import { evaluateCanvas } from '@/domain/evaluate';
import type { Canvas } from '@/domain/schema';
import { SEVERITIES } from '@/domain/types';

import { canvasArb } from './arbitraries';
import {
  nonFiniteNumbers,
  relationshipWith,
  segmentWith,
  workedExample,
} from './economicsFixtures';

/** Three segments: a sound SMB one, a tiny one (economics warnings) and one with nothing. */
function threeSegments(): Canvas {
  const canvas = workedExample();
  canvas.segments.push(
    segmentWith({ id: 'tiny', size: 100 }),
    segmentWith({ id: 'bare', size: 0, monthlyRevenuePerCustomer: 0 }),
  );
  canvas.relationships.push(
    relationshipWith('automated_services', { id: 'tiny-auto', segmentId: 'tiny' }),
  );
  return canvas;
}

describe('evaluateCanvas', () => {
  it('should evaluate an empty canvas to nothing, with no cost share', () => {
    expect(evaluateCanvas(createEmptyCanvas())).toEqual({
      segments: [],
      channels: [],
      totals: { revenue: 0, relationshipCost: 0, costShare: null },
      findings: [],
    });
  });

  it('should return one economics per segment in canvas order, and their totals', () => {
    const canvas = threeSegments();
    const { segments, totals } = evaluateCanvas(canvas);
    expect(segments.map((s) => s.segmentId)).toEqual(['seg', 'tiny', 'bare']);
    const revenue = segments.reduce((sum, s) => sum + (s.revenue ?? 0), 0);
    const cost = segments.reduce((sum, s) => sum + s.relationshipCost, 0);
    expect(totals.revenue).toBe(revenue);
    expect(totals.relationshipCost).toBeCloseTo(cost, 9);
    expect(totals.costShare).toBeCloseTo(cost / revenue, 12);
  });

  it('should sort findings by severity, then segment canvas order, then rule id', () => {
    const canvas = threeSegments();
    const { findings } = evaluateCanvas(canvas);
    expect(new Set(findings.map((f) => f.severity)).size).toBeGreaterThan(1);
    const order = new Map(canvas.segments.map((s, i) => [s.id, i]));
    const rank = (f: (typeof findings)[number]) =>
      [
        SEVERITIES.indexOf(f.severity),
        f.segmentId === undefined ? -1 : (order.get(f.segmentId) ?? Infinity),
      ] as const;
    for (let i = 1; i < findings.length; i++) {
      const [prev, next] = [findings[i - 1]!, findings[i]!];
      const [a, b] = [rank(prev), rank(next)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
      if (a[0] === b[0] && a[1] === b[1]) expect(prev.ruleId <= next.ruleId).toBe(true);
    }
  });

  it('should pass the economics to the rules (the tiny segment is below break-even)', () => {
    const { findings, segments } = evaluateCanvas(threeSegments());
    const tiny = segments.find((s) => s.segmentId === 'tiny');
    expect(tiny?.breakEvenSize).toBeGreaterThan(100);
    const tinyRules = findings.filter((f) => f.segmentId === 'tiny').map((f) => f.ruleId);
    expect(tinyRules).toEqual(expect.arrayContaining(['CR24', 'CR27']));
  });

  it('should be deterministic, explanations included', () => {
    const canvas = threeSegments();
    const [first, second] = [evaluateCanvas(canvas), evaluateCanvas(structuredClone(canvas))];
    expect(first).toEqual(second);
    // `explain` is a lazy getter, not an own property, so compare it explicitly
    expect(first.segments.map((s) => s.explain)).toEqual(second.segments.map((s) => s.explain));
    const steps = (e: typeof first) => e.segments.flatMap((s) => s.breakdown.map((b) => b.explain));
    expect(steps(first)).toEqual(steps(second));
  });

  it('should build each explanation once, on first read', () => {
    const [segment] = evaluateCanvas(threeSegments()).segments;
    expect(segment?.explain).toBe(segment?.explain);
    expect(segment?.breakdown[0]?.explain).toBe(segment?.breakdown[0]?.explain);
    expect(segment?.explain.ltv?.[0]?.values.result).toBe(segment?.ltv);
  });

  it('should never throw nor produce NaN or ±Infinity for any schema-valid canvas', () => {
    fc.assert(
      fc.property(canvasArb, (canvas) => {
        const evaluation = evaluateCanvas(canvas);
        expect(evaluation.segments).toHaveLength(canvas.segments.length);
        expect(evaluation.channels).toHaveLength(canvas.channels.length);
        expect(nonFiniteNumbers(evaluation)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('should explain, and draw the break-even curve of, any schema-valid canvas with finite numbers', () => {
    fc.assert(
      fc.property(canvasArb, fc.integer({ min: 0, max: 5_000 }), (canvas, upToN) => {
        const evaluation = evaluateCanvas(canvas);
        const explained = {
          segments: evaluation.segments.map((s) => [s.explain, s.breakdown.map((b) => b.explain)]),
          channels: evaluation.channels.map((c) => c.explain),
          curves: canvas.segments.map((s) => breakEvenCurve(canvas, s.id, upToN)),
        };
        expect(nonFiniteNumbers(explained)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
