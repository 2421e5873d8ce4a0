import { segmentEconomics } from './economics';
import { divide } from './math';
import { createRuleRunner, type FindingSink } from './rules';
import type { Canvas, Id } from './schema';
import { buildSegmentContexts, type SegmentContext } from './segmentContext';
import {
  SEVERITIES,
  type Evaluation,
  type Finding,
  type SegmentEconomics,
  type Severity,
} from './types';

/** Findings split by severity as they are reported; the split keeps each one's order. */
class SeverityBuckets implements FindingSink {
  readonly error: Finding[] = [];
  readonly warning: Finding[] = [];
  readonly hint: Finding[] = [];

  add(finding: Finding): void {
    // compared, not `this[finding.severity]`: a lookup by a varying key name is a slow path
    const { severity } = finding;
    if (severity === 'error') this.error.push(finding);
    else if (severity === 'warning') this.warning.push(finding);
    else this.hint.push(finding);
  }

  all(): Finding[] {
    return this.error.concat(this.warning, this.hint);
  }
}

/**
 * Error, warning, hint; then the segment's canvas order (canvas-wide findings first); then rule id.
 * Only needed when two segments share an id: otherwise the rules report in exactly this order.
 */
function sortFindings(buckets: SeverityBuckets, canvas: Canvas): Finding[] {
  const segmentOrder = new Map<Id, number>();
  canvas.segments.forEach((s, i) => segmentOrder.set(s.id, i));
  const orderOf = (f: Finding) =>
    f.segmentId === undefined ? -1 : (segmentOrder.get(f.segmentId) ?? canvas.segments.length);
  const compare = (a: Finding, b: Finding) =>
    orderOf(a) - orderOf(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  // stable, so ties keep the rules' order
  return SEVERITIES.flatMap((severity: Severity) => buckets[severity].sort(compare));
}

/**
 * Everything the canvas implies: economics per segment (canvas order), totals and the
 * coherence findings. Pure and deterministic; linear in the size of the canvas.
 * @example evaluateCanvas(createEmptyCanvas()) // { segments: [], totals: { revenue: 0, relationshipCost: 0, costShare: null }, findings: [] }
 */
export function evaluateCanvas(canvas: Canvas): Evaluation {
  const contexts = buildSegmentContexts(canvas);
  const rules = createRuleRunner(canvas);
  const buckets = new SeverityBuckets();
  rules.channels(buckets);
  // Segments sharing an id share one context (the last segment with it, as a Map keeps) and one
  // economics; with unique ids (always, in a valid canvas) the contexts are in canvas order.
  const unique = contexts.size === canvas.segments.length;
  const inCanvasOrder = unique
    ? [...contexts.values()]
    : canvas.segments.flatMap((segment) => contexts.get(segment.id) ?? []);
  const shared = new Map<SegmentContext, SegmentEconomics>();
  const segments: SegmentEconomics[] = [];
  let revenue = 0;
  let relationshipCost = 0;
  // One pass: each segment's economics, then its rules, while its data is still in the CPU
  // cache (a pass per stage over a thousand segments was mostly waiting on memory).
  for (const context of inCanvasOrder) {
    let result = unique ? undefined : shared.get(context);
    if (!result) {
      result = segmentEconomics(context);
      if (!unique) shared.set(context, result);
      segments.push(result);
      revenue += result.revenue ?? 0;
      relationshipCost += result.relationshipCost;
    }
    context.economics = result;
    rules.segment(context, buckets);
  }
  return {
    segments,
    channels: [],
    totals: { revenue, relationshipCost, costShare: divide(relationshipCost, revenue) },
    findings: unique ? buckets.all() : sortFindings(buckets, canvas),
  };
}
