import type { Canvas, Segment } from '@/domain';
import { fieldId } from '@/store/uiStore';

export const WORKBENCH_TABS = ['relationships', 'tactics', 'questions', 'economics'] as const;
export type WorkbenchTab = (typeof WORKBENCH_TABS)[number];

/**
 * The tab that holds the field with DOM id `target`, from the ids it is built of
 * (`fieldId(entityId, field)`), so the tab can be chosen before anything is on screen.
 */
export function tabOfTarget(target: string, canvas: Canvas, segment: Segment): WorkbenchTab | null {
  const owns = (entityId: string) => target.startsWith(fieldId(entityId, ''));
  if (owns(segment.id)) {
    if (target.startsWith(fieldId(segment.id, 'metric-'))) return 'economics';
    if (target === fieldId(segment.id, 'expectedRelationships')) return 'questions';
    return 'relationships';
  }
  if (canvas.relationships.some((r) => r.segmentId === segment.id && owns(r.id)))
    return 'relationships';
  if (canvas.tactics.some((x) => x.segmentId === segment.id && owns(x.id))) return 'tactics';
  return null;
}
