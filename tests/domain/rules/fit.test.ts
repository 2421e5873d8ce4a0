import type { Canvas, RelationshipAssignment, RelationshipType, Segment } from '@/domain/schema';

import {
  buildCanvas,
  buildChannel,
  buildRelationship,
  buildSegment,
  findingsOf,
  healthyParts,
  withRules,
} from './builders';

/** The healthy canvas with its segment changed and its relationships replaced by `types`. */
function design(types: RelationshipType[], segment: Partial<Segment> = {}): Canvas {
  const relationships = types.map((type) =>
    buildRelationship('seg', type, {
      purposes: ['acquisition', 'retention'],
      channelIds: ['ch-web'],
    }),
  );
  return buildCanvas({ ...healthyParts(), segments: [buildSegment(segment)], relationships });
}

function withRelationship(canvas: Canvas, id: string, patch: Partial<RelationshipAssignment>) {
  return {
    ...canvas,
    relationships: canvas.relationships.map((r) => (r.id === id ? { ...r, ...patch } : r)),
  };
}

describe('type fit (CR17–CR22)', () => {
  describe('CR17 expectation mismatch', () => {
    it('should warn when the most personal type offered is below the one expected', () => {
      const canvas = design(['self_service', 'personal_assistance'], {
        expectedRelationships: ['dedicated_personal_assistance', 'self_service'],
      });
      expect(findingsOf(canvas, 'CR17')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          entityIds: ['seg', 'rel-self_service', 'rel-personal_assistance'],
          messageKey: 'rules:CR17.message',
          values: {
            segment: 'Small businesses',
            expected: 'dedicated_personal_assistance,self_service',
            assigned: 'personal_assistance,self_service',
          },
        }),
      ]);
    });

    it('should warn when an expected community is missing, even if more touch is offered', () => {
      const canvas = design(['dedicated_personal_assistance'], {
        expectedRelationships: ['communities'],
      });
      expect(findingsOf(canvas, 'CR17')).toMatchObject([
        { severity: 'warning', messageKey: 'rules:CR17.message' },
      ]);
    });

    it('should drop to a hint with its own texts when every type offered is two levels above', () => {
      const canvas = design(['personal_assistance', 'dedicated_personal_assistance'], {
        expectedRelationships: ['self_service'],
      });
      expect(findingsOf(canvas, 'CR17')).toMatchObject([
        {
          severity: 'hint',
          messageKey: 'rules:CR17.messageOver',
          explanationKey: 'rules:CR17.explanationOver',
          suggestionKey: 'rules:CR17.suggestionOver',
        },
      ]);
    });

    it('should accept a matching offer, one level above, and an unanswered expectation', () => {
      expect(findingsOf(design(['self_service', 'personal_assistance']), 'CR17')).toEqual([]);
      const oneAbove = design(['automated_services'], { expectedRelationships: ['self_service'] });
      expect(findingsOf(oneAbove, 'CR17')).toEqual([]);
      const unanswered = design(['self_service'], { expectedRelationships: [] });
      expect(findingsOf(unanswered, 'CR17')).toEqual([]);
    });
  });

  describe('CR18 dedicated assistance for a mass market', () => {
    const keyAccounts = {
      marketType: 'niche',
      size: 120,
      monthlyRevenuePerCustomer: 3_000,
      grossMargin: 0.6,
      expectedRelationships: ['dedicated_personal_assistance'],
    } satisfies Partial<Segment>;

    it('should warn on a dedicated relationship covering a mass market', () => {
      const canvas = design(['dedicated_personal_assistance'], {
        marketType: 'mass',
        size: 20_000,
      });
      expect(findingsOf(canvas, 'CR18')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['rel-dedicated_personal_assistance'],
          values: { served: 20_000, perCustomer: 180, coverage: 1 },
        },
      ]);
    });

    it('should accept dedicated managers for a niche of key accounts', () => {
      expect(findingsOf(design(['dedicated_personal_assistance'], keyAccounts), 'CR18')).toEqual(
        [],
      );
    });

    it('should fire when more customers are served than the setting allows', () => {
      const canvas = withRules(design(['dedicated_personal_assistance'], keyAccounts), {
        dedicatedMaxServed: 100,
      });
      expect(findingsOf(canvas, 'CR18')).toHaveLength(1);
    });

    it('should fire when a manager per account costs more than half the margin per customer', () => {
      const canvas = design(['dedicated_personal_assistance'], { ...keyAccounts, size: 100 });
      const pricey = withRelationship(canvas, 'rel-dedicated_personal_assistance', {
        params: { accountsPerManager: 5, managerMonthlyCost: 10_000 },
      });
      expect(findingsOf(pricey, 'CR18')).toMatchObject([{ values: { perCustomer: 2_000 } }]);
    });

    it('should spare a dedicated tier that covers under half the segment', () => {
      const canvas = design(['dedicated_personal_assistance', 'self_service'], {
        marketType: 'mass',
      });
      const topAccounts = withRelationship(canvas, 'rel-dedicated_personal_assistance', {
        coverage: 0.05,
      });
      expect(findingsOf(topAccounts, 'CR18')).toEqual([]);
    });
  });

  describe('CR19 human-only service at scale', () => {
    const human: RelationshipType[] = ['personal_assistance', 'dedicated_personal_assistance'];

    it('should warn when only people serve a segment at the size threshold', () => {
      expect(findingsOf(design(human, { size: 50_000 }), 'CR19')).toMatchObject([
        { severity: 'warning', values: { size: 50_000 } },
      ]);
    });

    it('should stay silent below the threshold or with a self-service tier', () => {
      expect(findingsOf(design(human, { size: 49_999 }), 'CR19')).toEqual([]);
      expect(findingsOf(design([...human, 'self_service'], { size: 80_000 }), 'CR19')).toEqual([]);
      const lowered = withRules(design(human, { size: 10_000 }), { personalOnlyMaxN: 10_000 });
      expect(findingsOf(lowered, 'CR19')).toHaveLength(1);
    });
  });

  describe('CR20 co-creation without a community', () => {
    it('should warn on the co-creation relationship', () => {
      expect(findingsOf(design(['co_creation', 'self_service']), 'CR20')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['rel-co_creation'],
          messageKey: 'rules:CR20.message',
          explanationKey: 'rules:CR20.explanation',
        },
      ]);
    });

    it('should also flag the missing digital channel in its message', () => {
      const canvas = design(['co_creation']);
      const offline = {
        ...canvas,
        channels: [buildChannel({ kind: 'own_store', medium: 'physical' })],
      };
      expect(findingsOf(offline, 'CR20')).toMatchObject([
        { messageKey: 'rules:CR20.messageNoDigital', explanationKey: 'rules:CR20.explanation' },
      ]);
    });

    it('should accept co-creation with a community', () => {
      expect(findingsOf(design(['co_creation', 'communities']), 'CR20')).toEqual([]);
    });
  });

  describe('CR21 community too small', () => {
    it('should warn when about 1 % of the members served is below the minimum core', () => {
      expect(findingsOf(design(['communities'], { size: 1_000 }), 'CR21')).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['rel-communities'],
          values: { coreContributors: 10, minimum: 20, sizeNeeded: 2_000 },
        },
      ]);
    });

    it('should count only the customers the community covers', () => {
      const canvas = design(['communities'], { size: 4_000 });
      const half = withRelationship(canvas, 'rel-communities', { coverage: 0.25 });
      expect(findingsOf(half, 'CR21')).toMatchObject([{ values: { sizeNeeded: 8_000 } }]);
    });

    it('should accept a community that reaches the minimum or a lower minimum of its own', () => {
      expect(findingsOf(design(['communities'], { size: 2_000 }), 'CR21')).toEqual([]);
      const canvas = design(['communities'], { size: 1_000 });
      const ownMinimum = withRelationship(canvas, 'rel-communities', {
        params: { minCoreContributors: 5 },
      });
      expect(findingsOf(ownMinimum, 'CR21')).toEqual([]);
    });

    it('should not judge a segment whose size is not entered yet', () => {
      expect(findingsOf(design(['communities'], { size: 0 }), 'CR21')).toEqual([]);
    });
  });

  describe('CR22 automation without a human fallback', () => {
    const automatedOnly: RelationshipType[] = ['self_service', 'automated_services'];

    it('should hint when a high-value segment only gets self-service and automation', () => {
      const canvas = design(automatedOnly, {
        monthlyRevenuePerCustomer: 200,
        expectedRelationships: ['self_service'],
      });
      expect(findingsOf(canvas, 'CR22')).toMatchObject([
        { severity: 'hint', entityIds: ['rel-self_service', 'rel-automated_services'] },
      ]);
    });

    it('should hint when the segment expects a person, whatever it pays', () => {
      const canvas = design(automatedOnly, { expectedRelationships: ['personal_assistance'] });
      expect(findingsOf(canvas, 'CR22')).toHaveLength(1);
    });

    it('should stay silent for a low-value self-service segment or when a person is offered', () => {
      const lowValue = design(automatedOnly, { expectedRelationships: ['self_service'] });
      expect(findingsOf(lowValue, 'CR22')).toEqual([]);
      const withPerson = design([...automatedOnly, 'personal_assistance'], {
        monthlyRevenuePerCustomer: 500,
      });
      expect(findingsOf(withPerson, 'CR22')).toEqual([]);
    });
  });
});
