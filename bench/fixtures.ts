import {
  createChannel,
  createEmptyCanvas,
  createRelationship,
  createSegment,
  createTactic,
  RELATIONSHIP_TYPES,
  type Canvas,
} from '@/domain';

const TACTIC_STAGES = ['get', 'get', 'keep', 'keep', 'grow'] as const;
const PURPOSES = ['acquisition', 'retention', 'upselling'] as const;

/**
 * A canvas of `segments` segments, each with all six relationship types, three channels
 * and five tactics, the shape the performance issue asks for.
 */
export function bigCanvas(segments: number): Canvas {
  const canvas = createEmptyCanvas({ name: `Bench ${segments}`, currency: 'EUR', locale: 'en' });
  for (let i = 0; i < segments; i++) {
    const segment = createSegment(
      {
        name: `Segment ${i + 1}`,
        size: 500 + 37 * i,
        monthlyRevenuePerCustomer: 20 + (i % 50),
        grossMargin: 0.6,
        monthlyChurn: 0.03,
      },
      i,
    );
    const channels = (['web', 'physical', 'phone'] as const).map((medium, c) =>
      createChannel({
        name: `Channel ${i + 1}.${c + 1}`,
        medium,
        kind: medium === 'web' ? 'web_sales' : medium === 'physical' ? 'own_store' : 'call_center',
        phases: c === 0 ? ['awareness', 'evaluation', 'purchase'] : ['delivery', 'after_sales'],
        segmentIds: [segment.id],
      }),
    );
    const relationships = RELATIONSHIP_TYPES.map((type, r) => ({
      ...createRelationship(segment.id, type),
      purposes: [PURPOSES[r % 3] ?? 'retention'],
      coverage: r === 1 ? 0.05 : 1,
      channelIds: [channels[r % 3]?.id ?? ''],
    }));
    const tactics = TACTIC_STAGES.map((stage, t) =>
      createTactic(segment.id, stage, { monthlyCost: 100 * (t + 1) }),
    );
    canvas.segments.push(segment);
    canvas.channels.push(...channels);
    canvas.relationships.push(...relationships);
    canvas.tactics.push(...tactics);
  }
  return canvas;
}
