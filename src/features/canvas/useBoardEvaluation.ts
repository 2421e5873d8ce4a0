import { useEffect, useMemo, useState } from 'react';

import type { Canvas } from '@/domain';
import { whenIdle } from '@/hooks/useAfterFirstScreen';

import type * as BoardEvaluation from './boardEvaluation';
import { LazyComputedTotals } from './LazyComputedTotals';

type Evaluator = typeof BoardEvaluation;

let evaluator: Evaluator | null = null;
let loading: Promise<Evaluator> | null = null;

/**
 * The domain's rules and economics, for the board's findings and totals. The board accepts input
 * without them, so they load once it is on screen (or at once, when already loaded).
 */
export function loadBoardEvaluation(): Promise<Evaluator> {
  loading ??= Promise.all([import('./boardEvaluation'), LazyComputedTotals.preload()]).then(
    ([module]) => (evaluator = module),
    (error: unknown) => {
      loading = null; // a failed download is tried again with the next version of the canvas
      throw error;
    },
  );
  return loading;
}

/** The board's evaluation of `canvas`; null until the evaluation's code is in. */
export function useBoardEvaluation(canvas: Canvas | null) {
  const [loaded, setLoaded] = useState(evaluator);
  useEffect(() => {
    if (loaded || !canvas) return;
    let mounted = true;
    // After the first paint: the effects of the first commit run before it.
    const cancel = whenIdle(() => {
      loadBoardEvaluation().then(
        (module) => mounted && setLoaded(module),
        () => undefined,
      );
    });
    return () => {
      mounted = false;
      cancel();
    };
  }, [loaded, canvas]);
  return useMemo(() => (loaded && canvas ? loaded.evaluateBoard(canvas) : null), [loaded, canvas]);
}
