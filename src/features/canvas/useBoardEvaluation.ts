import { useMemo } from 'react';

import type { Canvas } from '@/domain';
import { useIdleImport } from '@/hooks/useIdleImport';

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
  // Only with a canvas; a new loader per version, so a failed download is tried again.
  const load = useMemo(() => (canvas ? () => loadBoardEvaluation() : null), [canvas]);
  const loaded = useIdleImport(load, evaluator);
  return useMemo(() => (loaded && canvas ? loaded.evaluateBoard(canvas) : null), [loaded, canvas]);
}
