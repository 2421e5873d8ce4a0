/** Canvases as students hand them in, built with the domain's own factories. */
import {
  createEmptyCanvas,
  createRelationship,
  createSegment,
  serializeCanvasFile,
  type Canvas,
  type RelationshipPurpose,
  type RelationshipType,
} from '@/domain';

export type SegmentPlan = {
  name: string;
  size?: number;
  revenue?: number;
  types?: RelationshipType[];
  /** purposes every relationship of the segment serves; without 'retention' CR08 reports it */
  purposes?: RelationshipPurpose[];
};

export function studentCanvas(name: string, segments: SegmentPlan[], currency = 'EUR'): Canvas {
  const canvas = createEmptyCanvas({ name, currency, locale: 'en' });
  segments.forEach((plan, index) => {
    const segment = createSegment(
      {
        name: plan.name,
        size: plan.size ?? 1000,
        monthlyRevenuePerCustomer: plan.revenue ?? 20,
        archetype: {
          role: 'end_user',
          whoTheyAre: 'People',
          howTheyBuy: 'Online',
          whatInterestsThem: 'Price',
        },
      },
      index,
    );
    canvas.segments.push(segment);
    for (const type of plan.types ?? []) {
      const relationship = createRelationship(segment.id, type);
      relationship.purposes = plan.purposes ?? ['acquisition', 'retention', 'upselling'];
      canvas.relationships.push(relationship);
    }
  });
  return canvas;
}

export const canvasFile = (canvas: Canvas, fileName: string) =>
  new File([serializeCanvasFile(canvas)], fileName, { type: 'application/json' });
