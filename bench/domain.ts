import { evaluateCanvas } from '@/domain';

import { bigCanvas } from './fixtures';
import { round, summarize, type Summary } from './stats';

export type DomainResult = { segments: number; ms: Summary; msPerSegment: number };

/** Median time of `evaluateCanvas` at 10, 100 and 1,000 segments, after warm-up. */
export function benchDomain(sizes = [10, 100, 1000], runs = 41): DomainResult[] {
  return sizes.map((segments) => {
    const canvas = bigCanvas(segments);
    for (let i = 0; i < 10; i++) evaluateCanvas(canvas); // let the JIT settle
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      evaluateCanvas(canvas);
      times.push(performance.now() - start);
    }
    const ms = summarize(times);
    return { segments, ms, msPerSegment: round(ms.median / segments, 4) };
  });
}
