import type { Evaluation, Finding } from '@/domain';
import { blockOfFinding } from '@/features/findingTargets';

import type { CanvasBlockId } from '@/domain';

const byEvaluation = new WeakMap<Evaluation, Map<CanvasBlockId, Finding[]>>();

/**
 * Groups findings by the canvas block they concern, so each block can show its markers. Once
 * per evaluation: the same evaluation gives the same lists, and memoised markers stay put.
 */
export function findingsByBlock(evaluation: Evaluation): Map<CanvasBlockId, Finding[]> {
  const known = byEvaluation.get(evaluation);
  if (known) return known;
  const byBlock = new Map<CanvasBlockId, Finding[]>();
  for (const finding of evaluation.findings) {
    const block = blockOfFinding(finding);
    const group = byBlock.get(block);
    if (group) group.push(finding);
    else byBlock.set(block, [finding]);
  }
  byEvaluation.set(evaluation, byBlock);
  return byBlock;
}
