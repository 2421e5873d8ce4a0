/**
 * evaluateCanvas computes a whole canvas in one pass for speed; these properties hold it to the
 * plain definitions: each segment's economics as computeSegmentEconomics gives it alone, and the
 * findings of runRules in the documented order.
 */
import fc from 'fast-check';

import { computeSegmentEconomics } from '@/domain/economics';
import { evaluateCanvas } from '@/domain/evaluate';
import { createChannel } from '@/domain/factories';
import { runRules } from '@/domain/rules';
import type { Canvas } from '@/domain/schema';
import { SEVERITIES, type Finding, type SegmentEconomics } from '@/domain/types';

import { canvasArb } from './arbitraries';
import { relationshipWith, segmentWith, workedExample } from './economicsFixtures';

/** Severity, then the segment's canvas position (canvas-wide first), then rule id; stable. */
function documentedOrder(findings: Finding[], canvas: Canvas): Finding[] {
  const position = new Map(canvas.segments.map((s, i) => [s.id, i]));
  const rank = (f: Finding) => [
    SEVERITIES.indexOf(f.severity),
    f.segmentId === undefined ? -1 : (position.get(f.segmentId) ?? Infinity),
  ];
  return [...findings].sort((a, b) => {
    const [sa = 0, pa = 0] = rank(a);
    const [sb = 0, pb = 0] = rank(b);
    return sa - sb || pa - pb || a.ruleId.localeCompare(b.ruleId);
  });
}

/** Every explanation of an economics, read (they are lazy getters, not own properties). */
const explanations = (e: SegmentEconomics) => [e.explain, e.breakdown.map((b) => b.explain)];

function expectSameAsAlone(canvas: Canvas) {
  const { segments } = evaluateCanvas(canvas);
  const alone = [...new Set(canvas.segments.map((s) => s.id))].map((id) =>
    computeSegmentEconomics(canvas, id),
  );
  expect(segments).toStrictEqual(alone);
  expect(segments.map(explanations)).toStrictEqual(alone.map((e) => e && explanations(e)));
}

function expectDocumentedFindings(canvas: Canvas) {
  const { segments, findings } = evaluateCanvas(canvas);
  const economics = new Map(segments.map((e) => [e.segmentId, e]));
  expect(findings).toStrictEqual(documentedOrder(runRules(canvas, economics), canvas));
}

describe('evaluateCanvas against the plain definitions', () => {
  it('should give each segment the economics it has when computed alone, explanations included', () => {
    fc.assert(fc.property(canvasArb, expectSameAsAlone), { numRuns: 200 });
  });

  it('should report what runRules reports, in the documented order', () => {
    fc.assert(fc.property(canvasArb, expectDocumentedFindings), { numRuns: 200 });
  });

  it('should count a channel that lists a segment twice only once', () => {
    const canvas = workedExample();
    canvas.channels.push(
      createChannel({
        ownership: 'partner',
        directness: 'indirect',
        revenueShare: 0.5,
        partnerMargin: 0.2,
        segmentIds: ['seg', 'seg'],
      }),
    );
    expect(evaluateCanvas(canvas).segments[0]?.partnerMarginRate).toBe(0.5 * 0.2);
    expectSameAsAlone(canvas);
  });

  describe('two segments sharing an id (not schema-valid, but it must not derail)', () => {
    function sharedIdCanvas(): Canvas {
      const canvas = workedExample();
      canvas.segments.push(
        segmentWith({ id: 'tiny', name: 'Tiny', size: 100 }),
        segmentWith({ id: 'seg', name: 'SMB again', size: 0, expectedRelationships: [] }),
      );
      canvas.relationships.push(
        relationshipWith('automated_services', { id: 'tiny-auto', segmentId: 'tiny' }),
      );
      return canvas;
    }

    it('should compute one economics per id, the last segment with it, in first-seen order', () => {
      const { segments } = evaluateCanvas(sharedIdCanvas());
      expect(segments.map((s) => s.segmentId)).toEqual(['seg', 'tiny']);
      // the second 'seg' has no customers
      expect(segments[0]?.revenue).toBe(0);
      expect(segments[1]?.revenue).toBe(100 * 50);
    });

    it('should still sort the findings in the documented order', () => {
      const canvas = sharedIdCanvas();
      expect(evaluateCanvas(canvas).findings.length).toBeGreaterThan(0);
      expectDocumentedFindings(canvas);
    });
  });
});
