import { segmentEconomics } from './economics';
import { divide } from './math';
import { runRules } from './rules';
import type { Canvas, Id } from './schema';
import { buildSegmentContexts } from './segmentContext';
import type { Evaluation, Finding, SegmentEconomics, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Error, warning, hint; then the segment's canvas order (canvas-wide findings first); then rule id. */
function sortFindings(findings: Finding[], canvas: Canvas): Finding[] {
  const segmentOrder = new Map<Id, number>(canvas.segments.map((s, i) => [s.id, i]));
  const orderOf = (f: Finding) =>
    f.segmentId === undefined ? -1 : (segmentOrder.get(f.segmentId) ?? canvas.segments.length);
  // Array.prototype.sort is stable, so findings that tie keep the order the rules produced.
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      orderOf(a) - orderOf(b) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/**
 * Everything the canvas implies: economics per segment (canvas order), totals and the
 * coherence findings. Pure and deterministic; linear in the size of the canvas.
 * @example evaluateCanvas(createEmptyCanvas()) // { segments: [], totals: { revenue: 0, relationshipCost: 0, costShare: null }, findings: [] }
 */
export function evaluateCanvas(canvas: Canvas): Evaluation {
  const contexts = buildSegmentContexts(canvas);
  const economics = new Map<Id, SegmentEconomics>();
  let revenue = 0;
  let relationshipCost = 0;
  for (const ctx of contexts.values()) {
    const result = segmentEconomics(ctx);
    economics.set(ctx.segment.id, result);
    revenue += result.revenue;
    relationshipCost += result.relationshipCost;
  }
  return {
    segments: [...economics.values()],
    totals: { revenue, relationshipCost, costShare: divide(relationshipCost, revenue) },
    findings: sortFindings(runRules(canvas, economics), canvas),
  };
}
