/**
 * Canvases for the cost and economics tests, starting with DOMAIN.md §2.5's worked example:
 * an SMB segment (N = 2,000, ARPU €50, GM 70 %, churn 3 %, CAC €150) served by self-service,
 * personal assistance (k = 0.3) and automated services, all other parameters at their defaults.
 */
import { createEmptyCanvas } from '@/domain/defaults';
import { createRelationship, createSegment } from '@/domain/factories';
import type { Canvas, RelationshipAssignment, RelationshipType, Segment } from '@/domain/schema';

export function segmentWith(init: Partial<Segment> = {}): Segment {
  return createSegment({
    id: 'seg',
    name: 'SMB',
    size: 2_000,
    monthlyRevenuePerCustomer: 50,
    grossMargin: 0.7,
    monthlyChurn: 0.03,
    acquisitionCostOverride: 150,
    ...init,
  });
}

export function relationshipWith(
  type: RelationshipType,
  init: Partial<RelationshipAssignment> = {},
): RelationshipAssignment {
  return { ...createRelationship('seg', type), id: `rel-${type}`, ...init };
}

export function canvasWith(
  segment: Segment,
  relationships: RelationshipAssignment[],
  init: Partial<Canvas> = {},
): Canvas {
  return { ...createEmptyCanvas(), segments: [segment], relationships, ...init };
}

/** §2.5: self-service (defaults), personal assistance (k = 0.3), automated (defaults). */
export function workedExample(segmentInit: Partial<Segment> = {}): Canvas {
  return canvasWith(segmentWith(segmentInit), [
    relationshipWith('self_service'),
    relationshipWith('personal_assistance', { params: { contactsPerCustomerMonth: 0.3 } }),
    relationshipWith('automated_services'),
  ]);
}

/** Paths of every NaN or ±Infinity in a value, however deeply nested. */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
}
