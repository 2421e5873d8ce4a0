import { createDefaultSettings } from '@/domain/defaults';
import { computeSegmentEconomics } from '@/domain/economics';
import { monthlyDiscountRate } from '@/domain/params';
import type { Canvas, Channel, Tactic } from '@/domain/schema';
import type { SegmentEconomics } from '@/domain/types';

import { canvasWith, relationshipWith, segmentWith, workedExample } from './economicsFixtures';

function economicsOf(canvas: Canvas, segmentId = 'seg'): SegmentEconomics {
  const result = computeSegmentEconomics(canvas, segmentId);
  if (!result) throw new Error(`no segment ${segmentId}`);
  return result;
}

const tactic = (init: Partial<Tactic> & Pick<Tactic, 'id' | 'stage' | 'kind'>): Tactic => ({
  segmentId: 'seg',
  ...init,
});

describe('computeSegmentEconomics: §2.5 worked example', () => {
  const smb = economicsOf(workedExample());

  it('should cost €10,456/month: €5.23 per customer, 10.5 % of revenue', () => {
    expect(smb.revenue).toBe(100_000);
    expect(smb.relationshipCost).toBeCloseTo(10_455.56, 2);
    expect(smb.costPerCustomer).toBeCloseTo(5.23, 2);
    expect(smb.costShare).toBeCloseTo(0.105, 3);
  });

  it('should give m = €29.77, L = 33.3, LTV €992, LTV:CAC 6.6, payback 5.0, budget €10.00, headroom €4.77', () => {
    expect(smb.contributionPerCustomer).toBeCloseTo(29.77, 2);
    expect(smb.lifetimeMonths).toBeCloseTo(33.33, 2);
    expect(smb.ltv).toBeCloseTo(992.41, 2);
    expect(smb.cac).toBe(150);
    expect(smb.cacSource).toBe('override');
    expect(smb.ltvToCac).toBeCloseTo(6.6, 1);
    expect(smb.paybackMonths).toBeCloseTo(5.04, 2);
    expect(smb.relationshipBudget).toBeCloseTo(10, 9);
    expect(smb.headroom).toBeCloseTo(4.77, 2);
    expect(smb.explain.relationshipBudget?.[0]?.values).toMatchObject({
      valueCeiling: expect.closeTo(35 - (3 * 150) / (1 / 0.03), 9),
      shareCeiling: 10,
      result: 10,
    });
  });

  it('should have €5,422 fixed, €2.52 variable per customer and a break-even size of ≈ 167', () => {
    expect(smb.fixedTotal).toBeCloseTo(5_422.22, 2);
    expect(smb.variablePerCustomer).toBeCloseTo(2.52, 2);
    // §9.2: the smallest whole N whose margin covers the fixed cost (5,422.22 ÷ 32.48 = 166.9)
    expect(smb.breakEvenSize).toBe(167);
  });

  it('should cost €29.63 per customer (59 %), LTV:CAC 1.19 and payback 27.9 months with N = 200', () => {
    const tiny = economicsOf(workedExample({ size: 200 }));
    expect(tiny.costPerCustomer).toBeCloseTo(29.63, 2);
    expect(tiny.costShare).toBeCloseTo(0.59, 2);
    expect(tiny.ltvToCac).toBeCloseTo(1.19, 2);
    expect(tiny.paybackMonths).toBeCloseTo(27.9, 1);
  });

  it('should need 400 managers, €3.6m/month, 900 % of revenue for dedicated assistance on a mass segment', () => {
    const canvas = canvasWith(
      segmentWith({ size: 20_000, monthlyRevenuePerCustomer: 20, marketType: 'mass' }),
      [relationshipWith('dedicated_personal_assistance')],
    );
    const mass = economicsOf(canvas);
    expect(mass.breakdown[0]?.staff?.managers).toBe(400);
    expect(mass.breakdown[0]?.staffMonthly).toBe(3_600_000);
    expect(mass.relationshipCost).toBeCloseTo(3_600_000 + 10_000 / 36, 6);
    expect(mass.costShare).toBeCloseTo(9.0, 2);
    expect(mass.contributionPerCustomer).toBeLessThan(0);
  });

  it('should give key accounts 4 managers, €36,278/month, 10.1 %, LTV:CAC 7.5 and payback 13.4', () => {
    const canvas = canvasWith(
      segmentWith({
        size: 120,
        monthlyRevenuePerCustomer: 3_000,
        grossMargin: 0.6,
        monthlyChurn: 0.01,
        acquisitionCostOverride: 20_000,
      }),
      [relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 30 } })],
    );
    const keyAccounts = economicsOf(canvas);
    expect(keyAccounts.breakdown[0]?.staff?.managers).toBe(4);
    expect(keyAccounts.relationshipCost).toBeCloseTo(36_277.78, 2);
    expect(keyAccounts.costShare).toBeCloseTo(0.101, 3);
    expect(keyAccounts.lifetimeMonths).toBe(100);
    expect(keyAccounts.ltvToCac).toBeCloseTo(7.5, 1);
    expect(keyAccounts.paybackMonths).toBeCloseTo(13.4, 1);
  });
});

describe('computeSegmentEconomics: CAC source', () => {
  const getAds = tactic({ id: 'ads', stage: 'get', kind: 'advertising', monthlyCost: 6_000 });

  it('should prefer the override over tactics and defaults', () => {
    const canvas = workedExample({ acquisitionCostOverride: 80 });
    canvas.tactics = [getAds];
    expect(economicsOf(canvas)).toMatchObject({ cac: 80, cacSource: 'override' });
  });

  it("should divide get tactics' spend by new customers (churn × size unless given)", () => {
    const canvas = workedExample({ acquisitionCostOverride: undefined });
    canvas.tactics = [getAds, tactic({ id: 'seo', stage: 'get', kind: 'seo' })];
    const steady = economicsOf(canvas);
    expect(steady.newCustomersPerMonth).toBeCloseTo(60, 9);
    expect(steady.acquisitionSpend).toBe(6_000);
    expect(steady.cac).toBeCloseTo(100, 9);
    expect(steady.cacSource).toBe('tactics');

    canvas.segments[0]!.newCustomersPerMonth = 200;
    expect(economicsOf(canvas).cac).toBe(30);
  });

  it('should fall back to the default of the highest-touch acquisition relationship', () => {
    const canvas = workedExample({ acquisitionCostOverride: undefined });
    canvas.relationships[0]!.purposes = ['acquisition'];
    expect(economicsOf(canvas)).toMatchObject({ cac: 100, cacSource: 'default_by_type' });
    expect(economicsOf(canvas).explain.cac?.[0]?.values).toEqual({
      type: 'self_service',
      result: 100,
    });

    canvas.relationships[1]!.purposes = ['acquisition'];
    expect(economicsOf(canvas).cac).toBe(1_500);
  });

  it('should use the highest-touch relationship when none is for acquisition, and the canvas CAC table', () => {
    const canvas = workedExample({ acquisitionCostOverride: undefined });
    canvas.settings.defaultCacByType.personal_assistance = 2_000;
    expect(economicsOf(canvas).cac).toBe(2_000);
  });

  it('should break equal touch by the higher default CAC', () => {
    const canvas = canvasWith(segmentWith({ acquisitionCostOverride: undefined }), [
      relationshipWith('communities'),
      relationshipWith('automated_services'),
    ]);
    expect(economicsOf(canvas).cac).toBe(100);
  });

  it('should report no CAC, ratio, payback or budget for a segment with no relationship', () => {
    const result = economicsOf(canvasWith(segmentWith({ acquisitionCostOverride: undefined }), []));
    expect(result.cac).toBeNull();
    expect(result.nullReasons).toMatchObject({
      cac: 'no_relationship',
      ltvToCac: 'no_relationship',
      paybackMonths: 'no_relationship',
      relationshipBudget: 'no_relationship',
    });
  });
});

describe('computeSegmentEconomics: undefined figures are null with a reason', () => {
  it('should give no per-customer figures for a segment of size 0, but still a break-even size', () => {
    const empty = economicsOf(workedExample({ size: 0 }));
    expect(empty.revenue).toBe(0);
    expect(empty.relationshipCost).toBeCloseTo(5_422.22, 2);
    for (const metric of [
      'costPerCustomer',
      'costShare',
      'contributionPerCustomer',
      'ltv',
      'ltvToCac',
      'paybackMonths',
      'headroom',
    ] as const) {
      expect(empty[metric]).toBeNull();
      expect(empty.nullReasons[metric]).toBe('no_customers');
      expect(empty.explain[metric]).toEqual([
        { key: 'domain:nullReasons.no_customers', values: {} },
      ]);
    }
    expect(empty.breakEvenSize).toBe(167);
    expect(empty.relationshipBudget).toBe(10);
  });

  it('should give no payback when the contribution is not positive, but keep the negative LTV', () => {
    const losing = economicsOf(workedExample({ size: 200, grossMargin: 0.5 }));
    expect(losing.contributionPerCustomer).toBeLessThan(0);
    expect(losing.paybackMonths).toBeNull();
    expect(losing.nullReasons.paybackMonths).toBe('non_positive_contribution');
    expect(losing.ltv).toBeCloseTo((losing.contributionPerCustomer ?? 0) * (1 / 0.03), 9);
    // §9.8: a negative LTV is no ratio; the segment loses money on each customer
    expect(losing.ltvToCac).toBeNull();
    expect(losing.nullReasons.ltvToCac).toBe('loses_money_per_customer');
  });

  it('should give no cost share without revenue and no break-even without a variable margin', () => {
    const free = economicsOf(workedExample({ monthlyRevenuePerCustomer: 0 }));
    expect(free.costShare).toBeNull();
    expect(free.nullReasons.costShare).toBe('no_revenue');
    expect(free.breakEvenSize).toBeNull();
    expect(free.nullReasons.breakEvenSize).toBe('no_variable_margin');
  });

  it('should give no LTV:CAC for a zero CAC, and an immediate payback', () => {
    const organic = economicsOf(workedExample({ acquisitionCostOverride: 0 }));
    expect(organic.ltvToCac).toBeNull();
    expect(organic.nullReasons.ltvToCac).toBe('zero_cac');
    expect(organic.paybackMonths).toBe(0);
  });

  it('should return null rather than Infinity for a vanishingly small segment', () => {
    const speck = economicsOf(workedExample({ size: 1e-320 }));
    expect(speck.costPerCustomer).toBeNull();
    expect(speck.nullReasons.costPerCustomer).toBe('out_of_range');
  });
});

describe('computeSegmentEconomics: lifetime and discounting', () => {
  it('should cap the lifetime, also when churn is zero', () => {
    expect(economicsOf(workedExample({ monthlyChurn: 0.001 })).lifetimeMonths).toBe(120);
    const loyal = economicsOf(workedExample({ monthlyChurn: 0 }));
    expect(loyal.lifetimeMonths).toBe(120);
    expect(loyal.explain.lifetimeMonths?.[0]?.key).toBe('domain:explain.segment.lifetimeCapped');
  });

  it('should discount LTV as m·r/(1 + i − r) with a compound monthly rate', () => {
    expect(monthlyDiscountRate(0.1)).toBeCloseTo(0.008, 3);
    const smb = economicsOf(workedExample());
    const m = smb.contributionPerCustomer ?? 0;
    const i = Math.pow(1.1, 1 / 12) - 1;
    expect(smb.ltvDiscounted).toBeCloseTo((m * 0.97) / (1 + i - 0.97), 9);
  });

  it('should leave the discounted LTV undefined without a rate or when nothing ever ends', () => {
    const settings = createDefaultSettings();
    delete settings.annualDiscountRate;
    const noRate = economicsOf({ ...workedExample(), settings });
    expect(noRate.nullReasons.ltvDiscounted).toBe('no_discount_rate');

    const forever = workedExample({ monthlyChurn: 0 });
    forever.settings.annualDiscountRate = 0;
    expect(economicsOf(forever).nullReasons.ltvDiscounted).toBe('unbounded_lifetime');
  });
});

describe('computeSegmentEconomics: tactics, partners and savings', () => {
  it('should add keep and grow tactics to the relationship cost and fixed total, not get tactics', () => {
    const canvas = workedExample();
    const base = economicsOf(canvas);
    canvas.tactics = [
      tactic({ id: 'club', stage: 'keep', kind: 'loyalty_program', monthlyCost: 1_000 }),
      tactic({ id: 'upsell', stage: 'grow', kind: 'upselling', monthlyCost: 500 }),
      tactic({ id: 'ads', stage: 'get', kind: 'advertising', monthlyCost: 9_999 }),
    ];
    const withTactics = economicsOf(canvas);
    expect(withTactics.keepTacticsMonthly).toBe(1_000);
    expect(withTactics.growTacticsMonthly).toBe(500);
    expect(withTactics.relationshipCost - base.relationshipCost).toBeCloseTo(1_500, 9);
    expect(withTactics.fixedTotal - base.fixedTotal).toBeCloseTo(1_500, 9);
    expect(withTactics.acquisitionSpend).toBe(9_999);
  });

  it('should net partner margins out of ARPU (own channels keep nothing)', () => {
    const partner: Channel = {
      id: 'retail',
      name: 'Retail',
      kind: 'partner_store',
      ownership: 'partner',
      directness: 'indirect',
      medium: 'physical',
      functions: ['sales'],
      phases: ['purchase'],
      segmentIds: ['seg'],
      partnerMargin: 0.3,
      revenueShare: 0.5,
    };
    const own: Channel = { ...partner, id: 'own', ownership: 'own', directness: 'direct' };
    const canvas = { ...workedExample(), channels: [partner, own] };
    const result = economicsOf(canvas);
    expect(result.partnerMarginRate).toBeCloseTo(0.15, 9);
    expect(result.revenuePerCustomer).toBeCloseTo(42.5, 9);
    expect(result.revenue).toBeCloseTo(85_000, 6);
    expect(result.contributionPerCustomer).toBeCloseTo(
      42.5 * 0.7 - (result.costPerCustomer ?? 0),
      9,
    );
  });

  it('should report community savings without subtracting them', () => {
    const canvas = workedExample();
    const base = economicsOf(canvas);
    const withCommunity = economicsOf({
      ...canvas,
      relationships: [...canvas.relationships, relationshipWith('communities')],
    });
    const community = withCommunity.breakdown.find((b) => b.type === 'communities');
    expect(withCommunity.savingsMonthly).toBeCloseTo(0.1 * 600 * (8 / 60) * 40, 9);
    expect(withCommunity.relationshipCost - base.relationshipCost).toBeCloseTo(
      community?.total ?? NaN,
      9,
    );
  });

  it('should return undefined for an unknown segment', () => {
    expect(computeSegmentEconomics(workedExample(), 'nope')).toBeUndefined();
  });
});
