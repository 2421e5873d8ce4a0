import type { Finding } from '@/domain';
import { blockOfFinding } from '@/features/findingTargets';

import type { CanvasBlockId } from '@/lib/canvasBlocks';

/** Groups findings by the canvas block they concern, so each block can show its markers. */
export function findingsByBlock(findings: readonly Finding[]): Map<CanvasBlockId, Finding[]> {
  const byBlock = new Map<CanvasBlockId, Finding[]>();
  for (const finding of findings) {
    const block = blockOfFinding(finding);
    const group = byBlock.get(block);
    if (group) group.push(finding);
    else byBlock.set(block, [finding]);
  }
  return byBlock;
}
