import { evaluateCanvas, type Canvas } from '@/domain';

/** A plain copy of a canvas's evaluation, explanations included, for comparing two of them. */
export const snapshot = (canvas: Canvas) => {
  const evaluation = evaluateCanvas(canvas);
  return JSON.parse(
    JSON.stringify({
      ...evaluation,
      segments: evaluation.segments.map((s) => ({
        ...s,
        explain: s.explain,
        breakdown: s.breakdown.map((b) => ({ ...b, explain: b.explain })),
      })),
    }),
  );
};
