import {
  evaluateCanvas,
  type Canvas,
  type Evaluation,
  type Finding,
  type SegmentEconomics,
} from '@/domain';

import { useCanvasStore, type CanvasLibrary } from './canvasStore';

// Canvases are replaced, never mutated, so identity is a safe memo key.
const evaluations = new WeakMap<Canvas, Evaluation>();

/** The domain's evaluation of `canvas`, computed once per version of the canvas. */
export function evaluationOf(canvas: Canvas): Evaluation {
  let evaluation = evaluations.get(canvas);
  if (!evaluation) {
    evaluation = evaluateCanvas(canvas);
    evaluations.set(canvas, evaluation);
  }
  return evaluation;
}

export const canvasSelectors = {
  active: (s: CanvasLibrary): Canvas | null =>
    s.activeId ? (s.canvases[s.activeId] ?? null) : null,
  list: (s: CanvasLibrary): Canvas[] =>
    s.order.flatMap((id) => (s.canvases[id] ? [s.canvases[id]] : [])),
};

export const evaluationSelectors = {
  economicsOf: (evaluation: Evaluation, segmentId: string): SegmentEconomics | undefined =>
    evaluation.segments.find((e) => e.segmentId === segmentId),
  findingsFor: (evaluation: Evaluation, entityId: string): Finding[] =>
    evaluation.findings.filter((f) => f.segmentId === entityId || f.entityIds.includes(entityId)),
};

export function useActiveCanvas(): Canvas | null {
  return useCanvasStore(canvasSelectors.active);
}

/** Live results for the open canvas (null when none is open). */
export function useEvaluation(): Evaluation | null {
  const canvas = useActiveCanvas();
  return canvas ? evaluationOf(canvas) : null;
}
