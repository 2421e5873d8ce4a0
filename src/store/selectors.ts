import { useDeferredValue } from 'react';

import {
  evaluateCanvas,
  NOTE_BLOCKS,
  type Canvas,
  type Evaluation,
  type Finding,
  type Id,
  type SegmentEconomics,
} from '@/domain';

import { useCanvasStore, type CanvasLibrary } from './canvasStore';

/**
 * The last few evaluations per canvas id, newest first: the versions on screen at once (the live
 * one, the one a deferred render still shows, a what-if scenario). Canvases are replaced, never
 * mutated, so identity is a safe key. Not one per undo step: history keeps up to 200 versions,
 * and at 200 segments each evaluation is most of a megabyte.
 */
const VERSIONS_KEPT = 4;
const CANVASES_KEPT = 8;
const recent = new Map<Id, { canvas: Canvas; evaluation: Evaluation }[]>();

const sameValues = (a: Finding['values'] = {}, b: Finding['values'] = {}) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.segmentId === b.segmentId &&
    a.messageKey === b.messageKey &&
    a.suggestionKey === b.suggestionKey &&
    a.explanationKey === b.explanationKey &&
    a.entityIds.length === b.entityIds.length &&
    a.entityIds.every((id, i) => id === b.entityIds[i]) &&
    sameValues(a.values, b.values)
  );
}

/**
 * A finding that reads exactly as in the previous version of the canvas keeps that version's
 * object, so rows that show it (memoised) skip re-rendering while the user types elsewhere.
 */
function reuseFindings(evaluation: Evaluation, previous: Evaluation | undefined): Evaluation {
  if (!previous) return evaluation;
  const before = previous.findings;
  let byKey: Map<string, Finding[]> | null = null;
  const keyOf = (f: Finding) => `${f.ruleId}|${f.segmentId ?? ''}|${f.entityIds.join()}`;
  const match = (finding: Finding, index: number): Finding => {
    // Findings are sorted, so after a small edit most sit where they were.
    const same = before[index];
    if (same && sameFinding(same, finding)) return same;
    if (!byKey) {
      byKey = new Map();
      for (const old of before) {
        const group = byKey.get(keyOf(old));
        if (group) group.push(old);
        else byKey.set(keyOf(old), [old]);
      }
    }
    return byKey.get(keyOf(finding))?.find((old) => sameFinding(old, finding)) ?? finding;
  };
  return { ...evaluation, findings: evaluation.findings.map(match) };
}

const NOTES: ReadonlySet<string> = new Set(NOTE_BLOCKS);

/**
 * Whether two versions of a canvas differ at most in their notes (the six free-form blocks).
 * Fields are compared by identity: an edit replaces what it changes.
 */
export function sameApartFromNotes(a: Canvas, b: Canvas): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Canvas)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => NOTES.has(key) || a[key] === b[key])
  );
}

/**
 * The domain's evaluation of `canvas`, computed once per version while it is on screen. The
 * evaluation never reads notes (tests/store/selectors.test.ts holds the domain to that), so a
 * version that differs from the last one only in its notes gets the same evaluation object:
 * typing in a note re-renders no figure and no finding.
 */
export function evaluationOf(canvas: Canvas): Evaluation {
  const versions = recent.get(canvas.id) ?? [];
  const known = versions.find((v) => v.canvas === canvas);
  if (known) return known.evaluation;
  const latest = versions[0];
  const evaluation =
    latest && sameApartFromNotes(latest.canvas, canvas)
      ? latest.evaluation
      : reuseFindings(evaluateCanvas(canvas), latest?.evaluation);
  recent.delete(canvas.id); // re-inserted last: the map's order is least recently evaluated first
  recent.set(canvas.id, [{ canvas, evaluation }, ...versions].slice(0, VERSIONS_KEPT));
  if (recent.size > CANVASES_KEPT) recent.delete(recent.keys().next().value ?? '');
  return evaluation;
}

const economicsIndexes = new WeakMap<Evaluation, Map<Id, SegmentEconomics>>();

function economicsIndex(evaluation: Evaluation): Map<Id, SegmentEconomics> {
  let index = economicsIndexes.get(evaluation);
  if (!index) {
    index = new Map(evaluation.segments.map((e) => [e.segmentId, e]));
    economicsIndexes.set(evaluation, index);
  }
  return index;
}

const findingIndexes = new WeakMap<Evaluation, Map<Id, Finding[]>>();

/** Findings by the segment and the entities they concern, built once per evaluation. */
function findingIndex(evaluation: Evaluation): Map<Id, Finding[]> {
  let index = findingIndexes.get(evaluation);
  if (!index) {
    index = new Map();
    for (const finding of evaluation.findings) {
      const ids = new Set(finding.entityIds);
      if (finding.segmentId !== undefined) ids.add(finding.segmentId);
      for (const id of ids) {
        const group = index.get(id);
        if (group) group.push(finding);
        else index.set(id, [finding]);
      }
    }
    findingIndexes.set(evaluation, index);
  }
  return index;
}

export const canvasSelectors = {
  active: (s: CanvasLibrary): Canvas | null =>
    s.activeId ? (s.canvases[s.activeId] ?? null) : null,
  list: (s: CanvasLibrary): Canvas[] =>
    s.order.flatMap((id) => (s.canvases[id] ? [s.canvases[id]] : [])),
};

export const evaluationSelectors = {
  economicsOf: (evaluation: Evaluation, segmentId: string): SegmentEconomics | undefined =>
    economicsIndex(evaluation).get(segmentId),
  /** In evaluation order; the same array for the same evaluation (treat it as read-only). */
  findingsFor: (evaluation: Evaluation, entityId: string): Finding[] =>
    findingIndex(evaluation).get(entityId) ?? [],
};

export function useActiveCanvas(): Canvas | null {
  return useCanvasStore(canvasSelectors.active);
}

/** Live results for the open canvas (null when none is open). */
export function useEvaluation(): Evaluation | null {
  const canvas = useActiveCanvas();
  return canvas ? evaluationOf(canvas) : null;
}

/**
 * The evaluation as a deferred, interruptible update: for editors whose fields must answer at
 * once on a big canvas, while the figures they show follow a frame later.
 */
export function useDeferredEvaluation(): Evaluation | null {
  const canvas = useDeferredValue(useActiveCanvas());
  return canvas ? evaluationOf(canvas) : null;
}
