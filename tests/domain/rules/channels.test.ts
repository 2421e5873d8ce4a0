import type { Canvas, Channel, ContactMode, RelationshipAssignment } from '@/domain/schema';

import {
  buildCanvas,
  buildChannel,
  buildRelationship,
  findingsOf,
  healthyCanvas,
  healthyParts,
} from './builders';

const withChannels = (...channels: Channel[]): Canvas => ({ ...healthyCanvas(), channels });

const withContactMode = (canvas: Canvas, contactMode: ContactMode): Canvas => ({
  ...canvas,
  relationships: canvas.relationships.map((r) => ({ ...r, facets: { ...r.facets, contactMode } })),
});

const store = buildChannel({
  id: 'ch-store',
  name: 'Own store',
  kind: 'own_store',
  directness: 'indirect',
  medium: 'physical',
});

describe('channels (CR06, CR12–CR16)', () => {
  describe('CR06 partner channel marked direct', () => {
    it('should fire as an error on the channel, outside any segment', () => {
      const reseller = buildChannel({ id: 'ch-reseller', name: 'Reseller', ownership: 'partner' });
      expect(findingsOf(withChannels(reseller), 'CR06')).toEqual([
        expect.objectContaining({
          severity: 'error',
          entityIds: ['ch-reseller'],
          values: { channel: 'Reseller' },
        }),
      ]);
      expect(findingsOf(withChannels(reseller), 'CR06')[0]).not.toHaveProperty('segmentId');
    });

    it('should accept an indirect partner channel and a direct own one', () => {
      const reseller = buildChannel({ ownership: 'partner', directness: 'indirect' });
      expect(findingsOf(withChannels(reseller), 'CR06')).toEqual([]);
      expect(findingsOf(withChannels(buildChannel()), 'CR06')).toEqual([]);
    });
  });

  describe('CR12 journey phases missing', () => {
    it('should list the uncovered phases in journey order, across all the segment channels', () => {
      const ads = buildChannel({ id: 'ch-ads', phases: ['awareness', 'after_sales'] });
      const shop = buildChannel({ id: 'ch-shop', phases: ['purchase'] });
      expect(findingsOf(withChannels(ads, shop), 'CR12')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['ch-ads', 'ch-shop'],
          values: { missing: 'evaluation,delivery' },
        },
      ]);
    });

    it('should not require after-sales (CR13 covers it) and not fire without channels (CR02 does)', () => {
      const noAfterSales = buildChannel({
        phases: ['awareness', 'evaluation', 'purchase', 'delivery'],
      });
      expect(findingsOf(withChannels(noAfterSales), 'CR12')).toEqual([]);
      expect(findingsOf(withChannels(), 'CR12')).toEqual([]);
    });
  });

  describe('CR13 no after-sales', () => {
    it('should warn when no channel of the segment covers after-sales', () => {
      const channel = buildChannel({ phases: ['awareness', 'evaluation', 'purchase', 'delivery'] });
      expect(findingsOf(withChannels(channel), 'CR13')).toMatchObject([
        { severity: 'warning', entityIds: ['ch-web'] },
      ]);
    });

    it('should ignore after-sales offered only to another segment', () => {
      const channel = buildChannel({ phases: ['purchase'] });
      const elsewhere = buildChannel({ id: 'ch-else', phases: ['after_sales'], segmentIds: [] });
      expect(findingsOf(withChannels(channel, elsewhere), 'CR13')).toHaveLength(1);
      expect(findingsOf(withChannels(), 'CR13')).toEqual([]);
    });
  });

  describe('CR14 digital-only segment with face-to-face relationships', () => {
    it('should warn on the relationships when every channel is digital and every relationship is in person', () => {
      const canvas = withContactMode(healthyCanvas(), 'face_to_face');
      expect(findingsOf(canvas, 'CR14')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['rel-self_service', 'rel-personal_assistance', 'rel-automated_services'],
        },
      ]);
    });

    it('should stay silent when one relationship is remote or one channel is physical', () => {
      const canvas = withContactMode(healthyCanvas(), 'face_to_face');
      const oneRemote: RelationshipAssignment[] = canvas.relationships.map((r, i) =>
        i === 0 ? { ...r, facets: { ...r.facets, contactMode: 'remote_live' } } : r,
      );
      expect(findingsOf({ ...canvas, relationships: oneRemote }, 'CR14')).toEqual([]);
      expect(findingsOf({ ...canvas, channels: [buildChannel(), store] }, 'CR14')).toEqual([]);
    });
  });

  describe('CR15 face-to-face without a physical channel', () => {
    const dedicatedInPerson = buildRelationship('seg', 'dedicated_personal_assistance', {
      purposes: ['retention'],
      channelIds: ['ch-web'],
    });
    const withDedicated = (...channels: Channel[]) => {
      const parts = healthyParts();
      return buildCanvas({
        ...parts,
        channels,
        relationships: [...parts.relationships, dedicatedInPerson],
      });
    };

    it('should warn on the in-person relationships when no channel is physical', () => {
      expect(findingsOf(withDedicated(buildChannel()), 'CR15')).toMatchObject([
        { severity: 'warning', entityIds: ['rel-dedicated_personal_assistance'] },
      ]);
    });

    it('should accept a physical medium or a physical kind of channel', () => {
      expect(findingsOf(withDedicated(buildChannel(), store), 'CR15')).toEqual([]);
      const salesForce = buildChannel({ id: 'ch-reps', kind: 'sales_force', medium: 'phone' });
      expect(findingsOf(withDedicated(buildChannel(), salesForce), 'CR15')).toEqual([]);
    });
  });

  describe('CR16 partner owns the customer interface', () => {
    const partner = (phases: Channel['phases']) =>
      buildChannel({
        id: 'ch-partner',
        kind: 'partner_store',
        ownership: 'partner',
        directness: 'indirect',
        medium: 'physical',
        phases,
      });
    const ownAwareness = buildChannel({ phases: ['awareness', 'evaluation'] });

    it('should hint when only partners give after-sales while you plan own personal assistance', () => {
      const canvas = withChannels(ownAwareness, partner(['purchase', 'delivery', 'after_sales']));
      expect(findingsOf(canvas, 'CR16')).toMatchObject([
        {
          severity: 'hint',
          entityIds: ['ch-partner', 'rel-personal_assistance'],
          values: { phase: 'after_sales' },
        },
      ]);
    });

    it('should judge purchase channels when no channel gives after-sales', () => {
      const canvas = withChannels(ownAwareness, partner(['purchase', 'delivery']));
      expect(findingsOf(canvas, 'CR16')).toMatchObject([{ values: { phase: 'purchase' } }]);
    });

    it('should stay silent when an own channel shares the interface or the personal help is outsourced', () => {
      const shared = withChannels(buildChannel(), partner(['purchase', 'after_sales']));
      expect(findingsOf(shared, 'CR16')).toEqual([]);
      const partnerOnly = withChannels(ownAwareness, partner(['purchase', 'after_sales']));
      const outsourced = {
        ...partnerOnly,
        relationships: partnerOnly.relationships.map((r) => ({
          ...r,
          facets: { ...r.facets, provider: 'third_party' as const },
        })),
      };
      expect(findingsOf(outsourced, 'CR16')).toEqual([]);
    });
  });
});
