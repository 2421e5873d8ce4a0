import { segmentEconomics } from './economics';
import { divide } from './math';
import { createRuleRunner, type FindingSink } from './rules';
import { viewOf } from './rules/context';
import type { Canvas, Id } from './schema';
import { buildSegmentContexts } from './segmentContext';
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
    this[finding.severity].push(finding);
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
  // One pass: each segment's economics, then its rules, while its data is still in the CPU
  // cache (a pass per stage over a thousand segments was mostly waiting on memory).
  const economics = new Map<Id, SegmentEconomics>();
  const segments: SegmentEconomics[] = [];
  let revenue = 0;
  let relationshipCost = 0;
  for (const segment of canvas.segments) {
    const context = contexts.get(segment.id);
    if (!context) continue;
    let result = economics.get(segment.id);
    // a repeated id shares one context and economics (the last segment with it, as in a Map)
    if (!result) {
      result = segmentEconomics(context);
      economics.set(segment.id, result);
      segments.push(result);
      revenue += result.revenue;
      relationshipCost += result.relationshipCost;
    }
    rules.segment(viewOf(context, result), buckets);
  }
  return {
    segments,
    totals: { revenue, relationshipCost, costShare: divide(relationshipCost, revenue) },
    findings:
      contexts.size === canvas.segments.length ? buckets.all() : sortFindings(buckets, canvas),
  };
}
