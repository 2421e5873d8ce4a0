import { useMemo } from 'react';

import {
  evaluateCanvas,
  sameEvaluationInputs,
  type Canvas,
  type Evaluation,
  type Finding,
  type Id,
} from '@/domain';
import { canWaitForIdle, whenIdle } from '@/lib/whenIdle';

import { evaluationSelectors, useShownCanvas, type ResultsVersion } from './canvasView';

// The lookups that need no evaluation live in canvasView.ts (the first screen reads them).
export {
  canvasSelectors,
  evaluationSelectors,
  useActiveCanvas,
  type ResultsVersion,
} from './canvasView';

/** A version of a canvas with the domain's evaluation of that very version. */
export type Results = { readonly canvas: Canvas; readonly evaluation: Evaluation };

/**
 * The last few evaluations per canvas id, newest first: the versions on screen at once (the live
 * one, the one a deferred render still shows, a what-if scenario). Canvases are replaced, never
 * mutated, so identity is a safe key. Not one per undo step: history keeps up to 200 versions,
 * and at 200 segments each evaluation is most of a megabyte.
 */
const VERSIONS_KEPT = 4;
const CANVASES_KEPT = 8;
const recent = new Map<Id, Results[]>();

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
 * The domain already hands back the very objects of every segment it did not re-evaluate, so
 * only the findings it replaced are matched by what they say.
 */
function reuseFindings(evaluation: Evaluation, previous: Evaluation | undefined): Evaluation {
  if (!previous) return evaluation;
  const current = new Set(evaluation.findings);
  const keyOf = (f: Finding) => `${f.ruleId}|${f.segmentId ?? ''}|${f.entityIds.join()}`;
  const replaced = new Map<string, Finding[]>();
  for (const old of previous.findings) {
    if (current.has(old)) continue;
    const group = replaced.get(keyOf(old));
    if (group) group.push(old);
    else replaced.set(keyOf(old), [old]);
  }
  if (replaced.size === 0) return evaluation;
  const reuse = (finding: Finding): Finding =>
    replaced.get(keyOf(finding))?.find((old) => sameFinding(old, finding)) ?? finding;
  const previousFindings = new Set(previous.findings);
  return {
    ...evaluation,
    findings: evaluation.findings.map((f) => (previousFindings.has(f) ? f : reuse(f))),
  };
}

/**
 * The domain's evaluation of `canvas`, computed once per version while it is on screen, with
 * that version: the same object for the same version. A version whose evaluation inputs are the
 * last one's (the domain's `sameEvaluationInputs`: only notes or tactics' descriptions differ)
 * gets the same evaluation object, so typing there evaluates nothing (at 200 segments, the
 * findings' comparison alone was a few ms a keystroke) and re-renders no figure. Components read
 * results through `useResults`; this is for code outside a render (an export) and for a canvas
 * that is not the open one (a what-if scenario).
 */
export function resultsOf(canvas: Canvas): Results {
  const versions = recent.get(canvas.id) ?? [];
  const known = versions.find((v) => v.canvas === canvas);
  if (known) return known;
  const latest = versions[0];
  const evaluation =
    latest && sameEvaluationInputs(latest.canvas, canvas)
      ? latest.evaluation
      : reuseFindings(evaluateCanvas(canvas), latest?.evaluation);
  const results: Results = { canvas, evaluation };
  recent.delete(canvas.id); // re-inserted last: the map's order is least recently evaluated first
  recent.set(canvas.id, [results, ...versions].slice(0, VERSIONS_KEPT));
  if (recent.size > CANVASES_KEPT) recent.delete(recent.keys().next().value ?? '');
  if (evaluation !== latest?.evaluation) indexWhenIdle(canvas.id, evaluation);
  return results;
}

/**
 * Indexes the newest evaluation's findings when the page is idle: an editor's edits are
 * evaluated while it is open, and the board behind it would otherwise index them on closing
 * (several ms at 200 segments, before the board can paint).
 */
function indexWhenIdle(canvasId: Id, evaluation: Evaluation) {
  // A timer may fire between keystrokes: without idle callbacks, the board indexes on closing.
  if (!canWaitForIdle()) return;
  whenIdle(() => {
    if (recent.get(canvasId)?.[0]?.evaluation === evaluation)
      evaluationSelectors.findingsFor(evaluation, canvasId);
  }, 0);
}

/** The evaluation alone of `resultsOf(canvas)`. */
export function evaluationOf(canvas: Canvas): Evaluation {
  return resultsOf(canvas).evaluation;
}

/**
 * The one way a component reads results: the open canvas in the version it shows, with the
 * domain's evaluation of that very version (null when no canvas is open). The same object while
 * the version is unchanged. A panel that holds a version passes its `Results` down, so what it
 * contains never shows another version than the panel itself.
 */
export function useResults(version: ResultsVersion): Results | null {
  const canvas = useShownCanvas(version);
  // Kept per component: the version a covered board holds may have left `recent` after a few
  // edits in an editor, and evaluating it again on a re-render costs tens of ms at 200 segments.
  return useMemo(() => (canvas ? resultsOf(canvas) : null), [canvas]);
}
