import { lazyWithPreload } from '@/lib/lazyWithPreload';

/**
 * The cost and revenue blocks' totals show the evaluation's figures, so their code comes with the
 * evaluation's (loadBoardEvaluation preloads it), after the first screen, not before it.
 */
export const LazyComputedTotals = lazyWithPreload(() =>
  import('./ComputedTotals').then((module) => module.ComputedTotals),
);
