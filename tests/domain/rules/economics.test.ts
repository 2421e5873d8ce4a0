import { computeSegmentEconomics, evaluateCanvas } from '@/domain';
import type { Canvas, RelationshipType, Segment } from '@/domain/schema';

import {
  buildCanvas,
  buildRelationship,
  buildSegment,
  findingsOf,
  healthyCanvas,
  healthyParts,
  withRules,
  withSegment,
} from './builders';

const HEALTHY_RELATIONSHIPS = [
  'rel-self_service',
  'rel-personal_assistance',
  'rel-automated_services',
];

/** The healthy segment with only a dedicated relationship, as in §2.5's mass-market example. */
function dedicatedOnly(segment: Partial<Segment>): Canvas {
  const relationship = buildRelationship('seg', 'dedicated_personal_assistance', {
    purposes: ['acquisition', 'retention'],
    channelIds: ['ch-web'],
  });
  return buildCanvas({
    ...healthyParts(),
    segments: [buildSegment(segment)],
    relationships: [relationship],
  });
}

const economicsOf = (canvas: Canvas) => {
  const economics = computeSegmentEconomics(canvas, 'seg');
  if (!economics) throw new Error('the test canvas has segment "seg"');
  return economics;
};

describe('economics (CR23–CR28)', () => {
  it('should find the §2.5 SMB segment healthy: 10.5 % cost share, LTV:CAC 6.6, payback 5 months', () => {
    const canvas = healthyCanvas();
    expect(economicsOf(canvas)).toMatchObject({
      costShare: expect.closeTo(0.105, 3),
      ltvToCac: expect.closeTo(6.6, 1),
      paybackMonths: expect.closeTo(5, 1),
    });
    expect(evaluateCanvas(canvas).findings).toEqual([]);
  });

  it('should fire CR24, CR25 and CR26 for the same design on 200 customers, as §2.5 works out', () => {
    const canvas = withSegment(healthyCanvas(), { size: 200 });
    expect(evaluateCanvas(canvas).findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['CR24', 'warning'],
      ['CR25', 'warning'],
      ['CR26', 'warning'],
    ]);
  });

  describe('CR23 cost exceeds revenue', () => {
    it('should fire as an error on the relationships when dedicated managers serve a mass market', () => {
      const canvas = dedicatedOnly({ size: 20_000, monthlyRevenuePerCustomer: 20 });
      const [finding] = findingsOf(canvas, 'CR23');
      expect(finding).toMatchObject({
        severity: 'error',
        entityIds: ['rel-dedicated_personal_assistance'],
      });
      const { relationshipCost, revenue, contributionPerCustomer } = economicsOf(canvas);
      expect(relationshipCost / (revenue ?? Number.NaN)).toBeCloseTo(9, 1);
      expect(finding?.values).toMatchObject({
        contribution: contributionPerCustomer,
        cost: relationshipCost,
        revenue,
      });
    });

    it('should fire when the contribution per customer is zero or negative', () => {
      const canvas = withSegment(healthyCanvas(), { size: 150 });
      expect(economicsOf(canvas).contributionPerCustomer).toBeLessThan(0);
      expect(findingsOf(canvas, 'CR23')).toHaveLength(1);
    });

    it('should not judge a segment whose size is not entered yet', () => {
      expect(findingsOf(withSegment(healthyCanvas(), { size: 0 }), 'CR23')).toEqual([]);
    });
  });

  describe('CR24 cost share high', () => {
    it('should warn with the share and the cap when relationships take more than the cap', () => {
      const canvas = withSegment(healthyCanvas(), { size: 200 });
      expect(findingsOf(canvas, 'CR24')).toMatchObject([
        {
          severity: 'warning',
          entityIds: HEALTHY_RELATIONSHIPS,
          values: { share: economicsOf(canvas).costShare, max: 0.2 },
        },
      ]);
    });

    it('should follow the cap in the settings', () => {
      expect(findingsOf(withRules(healthyCanvas(), { maxCostShare: 0.1 }), 'CR24')).toHaveLength(1);
      expect(findingsOf(healthyCanvas(), 'CR24')).toEqual([]);
    });
  });

  describe('CR25 LTV:CAC low', () => {
    it('should warn when the ratio is between 1 and the target', () => {
      const canvas = withSegment(healthyCanvas(), { acquisitionCostOverride: 500 });
      const ratio = economicsOf(canvas).ltvToCac;
      expect(ratio).toBeGreaterThan(1);
      expect(findingsOf(canvas, 'CR25')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          messageKey: 'rules:CR25.message',
          values: { segment: 'Small businesses', ratio, target: 3 },
        }),
      ]);
    });

    it('should escalate to an error with its own message when the ratio is below 1', () => {
      const canvas = withSegment(healthyCanvas(), { acquisitionCostOverride: 1_500 });
      expect(economicsOf(canvas).ltvToCac).toBeLessThan(1);
      expect(findingsOf(canvas, 'CR25')).toMatchObject([
        { severity: 'error', messageKey: 'rules:CR25.messageError' },
      ]);
    });

    it('should follow the target in the settings', () => {
      expect(findingsOf(withRules(healthyCanvas(), { ltvCacTarget: 7 }), 'CR25')).toHaveLength(1);
    });
  });

  describe('CR26 payback long', () => {
    it('should warn with the months when the acquisition cost takes over the target to recover', () => {
      const canvas = withSegment(healthyCanvas(), { acquisitionCostOverride: 500 });
      const months = economicsOf(canvas).paybackMonths;
      expect(findingsOf(canvas, 'CR26')).toMatchObject([
        { severity: 'warning', messageKey: 'rules:CR26.message', values: { months, max: 12 } },
      ]);
    });

    it('should use its "never" message when the contribution is not positive', () => {
      const canvas = withSegment(healthyCanvas(), { size: 150 });
      expect(findingsOf(canvas, 'CR26')).toMatchObject([
        {
          messageKey: 'rules:CR26.messageNever',
          values: { contribution: economicsOf(canvas).contributionPerCustomer },
        },
      ]);
    });

    it('should accept a payback within the target', () => {
      expect(findingsOf(withRules(healthyCanvas(), { paybackMaxMonths: 6 }), 'CR26')).toEqual([]);
      expect(findingsOf(withRules(healthyCanvas(), { paybackMaxMonths: 4 }), 'CR26')).toHaveLength(
        1,
      );
    });
  });

  describe('CR27 below break-even size', () => {
    it('should warn with the size to reach, rounded up to whole customers', () => {
      const canvas = withSegment(healthyCanvas(), { size: 150 });
      expect(economicsOf(canvas).breakEvenSize).toBe(167);
      expect(findingsOf(canvas, 'CR27')).toMatchObject([
        {
          severity: 'warning',
          entityIds: HEALTHY_RELATIONSHIPS,
          messageKey: 'rules:CR27.message',
          values: { size: 150, breakEven: 167 },
        },
      ]);
    });

    it('should use its "never" message when each customer does not cover its variable cost', () => {
      const canvas = withSegment(healthyCanvas(), { monthlyRevenuePerCustomer: 3 });
      expect(economicsOf(canvas).nullReasons.breakEvenSize).toBe('no_variable_margin');
      expect(findingsOf(canvas, 'CR27')).toMatchObject([
        { severity: 'warning', messageKey: 'rules:CR27.messageNever' },
      ]);
    });

    it('should stay silent at or above break-even and for a size not entered yet', () => {
      expect(findingsOf(withSegment(healthyCanvas(), { size: 200 }), 'CR27')).toEqual([]);
      expect(findingsOf(withSegment(healthyCanvas(), { size: 0 }), 'CR27')).toEqual([]);
    });
  });

  describe('CR28 expectation unaffordable', () => {
    const expecting = (...types: RelationshipType[]) =>
      withSegment(healthyCanvas(), { expectedRelationships: types });

    it('should warn for each expected type whose default cost per customer beats the budget', () => {
      const canvas = expecting('self_service', 'dedicated_personal_assistance');
      const budget = economicsOf(canvas).relationshipBudget;
      expect(budget).toBeCloseTo(10, 5);
      const findings = findingsOf(canvas, 'CR28');
      expect(findings).toMatchObject([
        {
          severity: 'warning',
          entityIds: ['seg'],
          values: { type: 'dedicated_personal_assistance', budget },
        },
      ]);
      // 40 managers × €9,000 + €10,000 set-up over 36 months, for 2,000 customers
      expect(findings[0]?.values?.cost).toBeCloseTo((40 * 9_000 + 10_000 / 36) / 2_000, 6);
    });

    it('should price an assigned type at the per-customer cost its breakdown shows (§9.6)', () => {
      const canvas = withRules(expecting('personal_assistance'), { maxCostShare: 0.01 });
      const personal = economicsOf(canvas).breakdown.find((b) => b.type === 'personal_assistance');
      // k = 0.3 on this relationship, not the canvas default of 0.5 (which would be ≈ €2.84)
      expect(personal?.perCustomer).toBeCloseTo(
        (5_000 / 36 + 200 + 600 * (8 / 60) * 40) / 2_000,
        9,
      );
      expect(findingsOf(canvas, 'CR28')).toMatchObject([
        { values: { type: 'personal_assistance', cost: personal?.perCustomer, budget: 0.5 } },
      ]);
    });

    it('should say there is no budget at all when the budget is not positive', () => {
      const canvas = withSegment(expecting('self_service'), { acquisitionCostOverride: 1_500 });
      expect(economicsOf(canvas).relationshipBudget).toBeLessThan(0);
      expect(findingsOf(canvas, 'CR28')).toMatchObject([
        { messageKey: 'rules:CR28.messageNoBudget', values: { type: 'self_service' } },
      ]);
    });

    it('should stay silent when every expected type fits the budget', () => {
      expect(findingsOf(expecting('self_service', 'personal_assistance'), 'CR28')).toEqual([]);
    });
  });
});

describe('a segment whose revenue is not entered yet (§9.5)', () => {
  const notEntered = () => {
    const canvas = withSegment(healthyCanvas(), {
      size: 150,
      expectedRelationships: ['dedicated_personal_assistance'],
    });
    const [segment] = canvas.segments;
    if (!segment) throw new Error('fixture');
    const { monthlyRevenuePerCustomer, ...rest } = segment;
    expect(monthlyRevenuePerCustomer).toBe(50);
    return { ...canvas, segments: [rest] };
  };
  const ECONOMICS_RULES = ['CR23', 'CR24', 'CR25', 'CR26', 'CR27', 'CR28'];

  it('should keep CR23–CR28 silent until the revenue is entered', () => {
    const fired = evaluateCanvas(notEntered()).findings.map((f) => f.ruleId);
    expect(fired.filter((id) => ECONOMICS_RULES.includes(id))).toEqual([]);
  });

  it('should judge an entered revenue of 0 as a real free segment', () => {
    const free = withSegment(notEntered(), { monthlyRevenuePerCustomer: 0 });
    const fired = new Set(evaluateCanvas(free).findings.map((f) => f.ruleId));
    expect(['CR23', 'CR25', 'CR26', 'CR27', 'CR28'].filter((id) => fired.has(id))).toEqual([
      'CR23',
      'CR25',
      'CR26',
      'CR27',
      'CR28',
    ]);
  });
});

describe('CR25 loses money on every customer (§9.8)', () => {
  it('should report an error without a ratio when the LTV is negative', () => {
    const canvas = withSegment(healthyCanvas(), { size: 150 });
    const { ltv, ltvToCac, nullReasons } = economicsOf(canvas);
    expect(ltv).toBeLessThan(0);
    expect(ltvToCac).toBeNull();
    expect(nullReasons.ltvToCac).toBe('loses_money_per_customer');
    expect(findingsOf(canvas, 'CR25')).toMatchObject([
      { severity: 'error', messageKey: 'rules:CR25.messageLosesMoney', values: { ltv, target: 3 } },
    ]);
  });

  it('should keep the ratio when the LTV is positive', () => {
    expect(economicsOf(healthyCanvas()).ltvToCac).toBeGreaterThan(3);
    expect(findingsOf(healthyCanvas(), 'CR25')).toEqual([]);
  });
});
