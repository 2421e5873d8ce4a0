/**
 * What a card shows of one canvas, read from the domain's evaluation (never recomputed here) and
 * kept per canvas version: a class of forty canvases re-evaluates only the one that changed.
 */
import {
  evaluateCanvas,
  RELATIONSHIP_TYPES,
  type Canvas,
  type Evaluation,
  type Finding,
  type RelationshipType,
  type Segment,
  type SegmentEconomics,
  type Severity,
} from '@/domain';

import type { ClassCanvas } from './classEntries';

/** The rule that reports a segment with no retention plan (no relationship nor tactic to keep it). */
export const NO_RETENTION_RULE = 'CR08';

export type SegmentSummary = {
  segment: Segment;
  /** the relationship types assigned to the segment, in catalogue order */
  types: RelationshipType[];
  economics: SegmentEconomics | undefined;
  findings: Finding[];
  counts: SeverityCounts;
};

export type SeverityCounts = Record<Severity, number>;

export type CanvasSummary = {
  entry: ClassCanvas;
  evaluation: Evaluation;
  segments: SegmentSummary[];
  counts: SeverityCounts;
  /** segments the domain reports without a retention plan */
  noRetention: number;
};

// Canvases are replaced, never mutated, so a version is its identity; a WeakMap forgets the
// versions nobody holds (the store's own cache keeps only a few canvases, too few for a class).
const evaluations = new WeakMap<Canvas, Evaluation>();

export function classEvaluation(canvas: Canvas): Evaluation {
  let evaluation = evaluations.get(canvas);
  if (!evaluation) {
    evaluation = evaluateCanvas(canvas);
    evaluations.set(canvas, evaluation);
  }
  return evaluation;
}

// Entries are replaced whenever their canvas or name changes, so an entry is a version too.
const summaries = new WeakMap<ClassCanvas, CanvasSummary>();

/** The card of `entry`, built once per version. */
export function summarize(entry: ClassCanvas): CanvasSummary {
  let summary = summaries.get(entry);
  if (!summary) {
    summary = buildSummary(entry, classEvaluation(entry.canvas));
    summaries.set(entry, summary);
  }
  return summary;
}

function buildSummary(entry: ClassCanvas, evaluation: Evaluation): CanvasSummary {
  const { canvas } = entry;
  const economics = new Map(evaluation.segments.map((e) => [e.segmentId, e]));
  const findings = new Map<string, Finding[]>();
  for (const finding of evaluation.findings) {
    if (finding.segmentId === undefined) continue;
    const list = findings.get(finding.segmentId);
    if (list) list.push(finding);
    else findings.set(finding.segmentId, [finding]);
  }
  const segments = canvas.segments.map((segment): SegmentSummary => {
    const used = new Set(
      canvas.relationships.filter((r) => r.segmentId === segment.id).map((r) => r.type),
    );
    const own = findings.get(segment.id) ?? [];
    return {
      segment,
      types: RELATIONSHIP_TYPES.filter((type) => used.has(type)),
      economics: economics.get(segment.id),
      findings: own,
      counts: countBySeverity(own),
    };
  });
  const counts = countBySeverity(evaluation.findings);
  const noRetention = new Set(
    evaluation.findings.filter((f) => f.ruleId === NO_RETENTION_RULE).map((f) => f.segmentId),
  ).size;
  return { entry, evaluation, segments, counts, noRetention };
}

function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
