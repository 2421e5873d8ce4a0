import type { Canvas, CanvasBlockId, Evaluation, Finding } from '@/domain';
import { evaluationOf } from '@/store/selectors';

import { findingsByBlock } from './blockFindings';

/** What the board shows of the domain's evaluation: figures and findings, the latter by block. */
export type BoardEvaluation = {
  readonly evaluation: Evaluation;
  readonly byBlock: ReadonlyMap<CanvasBlockId, Finding[]>;
};

const byEvaluation = new WeakMap<Evaluation, BoardEvaluation>();

/** The same object for the same evaluation, so memoised blocks stay put while notes change. */
export function evaluateBoard(canvas: Canvas): BoardEvaluation {
  const evaluation = evaluationOf(canvas);
  let board = byEvaluation.get(evaluation);
  if (!board) {
    board = { evaluation, byBlock: findingsByBlock(evaluation) };
    byEvaluation.set(evaluation, board);
  }
  return board;
}
