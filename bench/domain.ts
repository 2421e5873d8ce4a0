import { evaluateCanvas, type Canvas } from '@/domain';

import { bigCanvas } from './fixtures';
import { round, summarize, type Summary } from './stats';

export type DomainResult = {
  segments: number;
  /** a canvas never evaluated before: every segment computed */
  ms: Summary;
  msPerSegment: number;
  /** the same canvas after one segment is edited (the store replaces that segment only) */
  /** absent from reports written before incremental re-evaluation was measured */
  editMs?: Summary;
};

/** `canvas` with its segment at `index` replaced by an edited copy, as the store does. */
function editOne(canvas: Canvas, index: number): Canvas {
  const segments = canvas.segments.map((s, i) =>
    i === index ? { ...s, monthlyChurn: s.monthlyChurn === 0.03 ? 0.031 : 0.03 } : s,
  );
  return { ...canvas, segments };
}

/**
 * Median time of `evaluateCanvas` at 10, 100 and 1,000 segments, after warm-up: cold (fresh
 * objects each run, so nothing can be reused) and after editing one segment of an evaluated one.
 */
export function benchDomain(sizes = [10, 100, 1000], runs = 41): DomainResult[] {
  return sizes.map((segments) => {
    const template = bigCanvas(segments);
    for (let i = 0; i < 10; i++) evaluateCanvas(structuredClone(template)); // let the JIT settle
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) {
      const canvas = structuredClone(template);
      const start = performance.now();
      evaluateCanvas(canvas);
      cold.push(performance.now() - start);
    }
    let canvas = structuredClone(template);
    evaluateCanvas(canvas);
    const edit: number[] = [];
    for (let i = 0; i < runs; i++) {
      canvas = editOne(canvas, (i * 7919) % segments);
      const start = performance.now();
      evaluateCanvas(canvas);
      edit.push(performance.now() - start);
    }
    const ms = summarize(cold);
    return { segments, ms, msPerSegment: round(ms.median / segments, 4), editMs: summarize(edit) };
  });
}
