import type { Finding } from '@/domain';
import type { CanvasBlockId } from '@/features/canvas/blocks';

// Placeholder until the results engineer maps every rule; replaced by the real mapping.
export function blockOfFinding(_finding: Finding): CanvasBlockId {
  return 'customerRelationships';
}
