import { CHANNEL_PHASES, type RelationshipType } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

/**
 * The SMB segment of DOMAIN.md §2.5 (self-service, personal assistance with 0.3 contacts,
 * automated services) on a new English canvas, reached by one channel covering every phase.
 */
export function seedSmbCanvas(
  types: RelationshipType[] = ['self_service', 'personal_assistance', 'automated_services'],
) {
  const store = useCanvasStore.getState();
  const canvasId = store.createCanvas({ name: 'Test', currency: 'EUR', locale: 'en' });
  const segmentId = store.addSegment({
    name: 'Small businesses',
    label: 'SMB',
    size: 2000,
    monthlyRevenuePerCustomer: 50,
    grossMargin: 0.7,
    monthlyChurn: 0.03,
    acquisitionCostOverride: 150,
    expectedRelationships: ['self_service'],
    archetype: {
      role: 'decision_maker',
      whoTheyAre: 'Owners',
      howTheyBuy: 'Online',
      whatInterestsThem: 'Time',
    },
  });
  const channelId = store.addChannel({
    name: 'Web shop',
    phases: [...CHANNEL_PHASES],
    segmentIds: [segmentId],
  });
  const relationshipIds = types.map((type) => {
    const id = store.addRelationship(segmentId, type);
    store.updateRelationship(id, {
      purposes: ['acquisition', 'retention', 'upselling'],
      channelIds: [channelId],
    });
    if (type === 'personal_assistance')
      store.updateRelationship(id, { params: { contactsPerCustomerMonth: 0.3 } });
    return id;
  });
  return { canvasId, segmentId, channelId, relationshipIds };
}

export const activeCanvas = () => {
  const { canvases, activeId } = useCanvasStore.getState();
  const canvas = activeId ? canvases[activeId] : undefined;
  if (!canvas) throw new Error('no open canvas');
  return canvas;
};
