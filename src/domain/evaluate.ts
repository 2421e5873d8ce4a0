import { segmentEconomics } from './economics';
import { divide } from './math';
import { runRules } from './rules';
import type { Canvas, Id } from './schema';
import { buildSegmentContexts } from './segmentContext';
import {
  SEVERITIES,
  type Evaluation,
  type Finding,
  type SegmentEconomics,
  type Severity,
} from './types';

/** Error, warning, hint; then the segment's canvas order (canvas-wide findings first); then rule id. */
function sortFindings(findings: Finding[], canvas: Canvas): Finding[] {
  const segmentOrder = new Map<Id, number>();
  canvas.segments.forEach((s, i) => segmentOrder.set(s.id, i));
  const orderOf = (f: Finding) =>
    f.segmentId === undefined ? -1 : (segmentOrder.get(f.segmentId) ?? canvas.segments.length);
  const compare = (a: Finding, b: Finding) =>
    orderOf(a) - orderOf(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  // runRules already emits by segment and rule, so a stable split by severity is usually all
  // it takes; a group is sorted only when it is out of order (stable, so ties keep the rules' order).
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], hint: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  const inOrder = (group: Finding[]) => {
    let previous: Finding | undefined;
    for (const finding of group) {
      if (previous && compare(previous, finding) > 0) return group.sort(compare);
      previous = finding;
    }
    return group;
  };
  return SEVERITIES.flatMap((severity) => inOrder(groups[severity]));
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
    findings: sortFindings(runRules(canvas, economics, contexts), canvas),
  };
}
