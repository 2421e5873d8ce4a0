/**
 * The worked figures of DOMAIN.md §9 (the second edition), each one a test: break-even with
 * step staff and its curve, channel cost and channel economics, LTV with growth, revenue not
 * entered yet, CR28's price, and the one rounding rule.
 */
import {
  breakEvenCurve,
  computeSegmentEconomics,
  evaluateCanvas,
  roundFigure,
  type Canvas,
  type Channel,
  type Segment,
  type Tactic,
} from '@/domain';

import { canvasWith, relationshipWith, segmentWith, workedExample } from './economicsFixtures';

/** The §2.5 SMB segment before its revenue per customer is entered (§9.5). */
function notEntered(): Segment {
  const segment = segmentWith();
  delete segment.monthlyRevenuePerCustomer;
  return segment;
}

function economicsOf(canvas: Canvas, segmentId = 'seg') {
  const economics = computeSegmentEconomics(canvas, segmentId);
  if (!economics) throw new Error(`no segment ${segmentId}`);
  return economics;
}

/** §2.5 key accounts: N = 120, ARPU €3,000, GM 60 %, dedicated only with a = 30. */
function keyAccounts(size = 120): Canvas {
  const segment = segmentWith({ size, monthlyRevenuePerCustomer: 3_000, grossMargin: 0.6 });
  return canvasWith(segment, [
    relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 30 } }),
  ]);
}

/** A private bank: a manager (€9,000) per 36 clients, ARPU €150 at 60 % margin. */
function privateBank(): Canvas {
  return canvasWith(segmentWith({ monthlyRevenuePerCustomer: 150, grossMargin: 0.6 }), [
    relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 36 } }),
  ]);
}

const channel = (init: Partial<Channel> & Pick<Channel, 'id' | 'segmentIds'>): Channel => ({
  name: init.id,
  kind: 'web_sales',
  ownership: 'own',
  directness: 'direct',
  medium: 'web',
  functions: ['sales'],
  phases: ['purchase'],
  ...init,
});

describe('§9.2 break-even with staff that grows in steps', () => {
  it('should find key accounts break even at 6 customers (1,800·N ≥ 277.78 + ⌈N/30⌉·9,000)', () => {
    const economics = economicsOf(keyAccounts());
    expect(economics.breakEvenSize).toBe(6);
    expect(economics.fixedTotal).toBeCloseTo(10_000 / 36, 9);
    expect(economics.staffMonthly).toBe(4 * 9_000);
    expect(economics.explain.breakEvenSize?.[0]).toMatchObject({
      key: 'domain:explain.segment.breakEvenStaff',
      values: { fixed: expect.closeTo(277.78, 2), staff: 9_000, margin: 1_800, result: 6 },
    });
  });

  it('should keep SMB at 167 (no step staff)', () => {
    expect(economicsOf(workedExample()).breakEvenSize).toBe(167);
  });

  it('should say a private bank with a manager per 36 clients never breaks even (€250 against €90)', () => {
    const economics = economicsOf(privateBank());
    expect(economics.breakEvenSize).toBeNull();
    expect(economics.nullReasons.breakEvenSize).toBe('no_variable_margin');
    expect(economics.explain.breakEvenSize?.[1]?.values).toMatchObject({
      margin: 90,
      staffRate: 250,
      result: -160,
    });
  });

  it('should give the curve at 0, at each new manager (1, 31, 61, 91) and at the end', () => {
    const points = breakEvenCurve(keyAccounts(), 'seg', 100);
    expect(points.map((p) => p.n)).toEqual([0, 1, 31, 61, 91, 100]);
    const fixed = 10_000 / 36;
    expect(points[0]).toEqual({ n: 0, margin: 0, cost: fixed });
    expect(points[1]).toEqual({ n: 1, margin: 1_800, cost: fixed + 9_000 });
    expect(points[2]).toMatchObject({ n: 31, cost: fixed + 18_000 });
    expect(points[5]).toEqual({ n: 100, margin: 180_000, cost: fixed + 36_000 });
  });

  it('should give no curve while the revenue is not entered, or for an unknown segment', () => {
    expect(breakEvenCurve(canvasWith(notEntered(), []), 'seg', 100)).toEqual([]);
    expect(breakEvenCurve(keyAccounts(), 'nope', 100)).toEqual([]);
  });

  it('should keep a dense staircase readable and exact at each point', () => {
    const points = breakEvenCurve(keyAccounts(), 'seg', 1_000_000);
    expect(points.length).toBeLessThanOrEqual(502);
    expect(points.at(-1)?.n).toBe(1_000_000);
    for (const p of points) {
      expect(p.cost).toBeCloseTo(10_000 / 36 + Math.ceil(p.n / 30) * 9_000, 6);
    }
  });
});

describe('§9.3 channel cost and channel economics', () => {
  function twoSegments(sizes: [number, number]): Canvas {
    const a = segmentWith({ id: 'a', size: sizes[0] });
    const b = segmentWith({ id: 'b', size: sizes[1] });
    return {
      ...canvasWith(a, [relationshipWith('self_service', { segmentId: 'a' })]),
      segments: [a, b],
      channels: [
        channel({ id: 'stores', segmentIds: ['a', 'b'], monthlyCost: 3_000 }),
        channel({
          id: 'retailer',
          ownership: 'partner',
          directness: 'indirect',
          segmentIds: ['a'],
          partnerMargin: 0.3,
          revenueShare: 0.5,
        }),
      ],
    };
  }

  it('should share a channel cost among its segments by size', () => {
    const { segments, channels } = evaluateCanvas(twoSegments([1_000, 3_000]));
    expect(segments.map((s) => s.channelCost)).toEqual([750, 2_250]);
    expect(channels[0]).toMatchObject({
      channelId: 'stores',
      monthlyCost: 3_000,
      customersReached: 4_000,
      costPerCustomer: 0.75,
      partnerMarginGiven: null,
      segments: [
        { segmentId: 'a', share: 0.25, cost: 750 },
        { segmentId: 'b', share: 0.75, cost: 2_250 },
      ],
    });
  });

  it('should share equally when no segment has customers yet, with no cost per customer', () => {
    const { segments, channels } = evaluateCanvas(twoSegments([0, 0]));
    expect(segments.map((s) => s.channelCost)).toEqual([1_500, 1_500]);
    expect(channels[0]?.costPerCustomer).toBeNull();
  });

  it('should report the margin a partner keeps: revenue × share sold through it × margin', () => {
    const { channels, segments } = evaluateCanvas(twoSegments([1_000, 3_000]));
    // segment a: 1,000 × €50 = €50,000; half sold through the retailer, who keeps 30 %
    expect(channels[1]).toMatchObject({ partnerMarginGiven: 7_500, monthlyCost: 0 });
    expect(segments[0]?.partnerMarginRate).toBeCloseTo(0.15, 9);
  });

  it('should lower contribution, LTV, payback and break-even by the channel cost, but not relationship cost', () => {
    const base = workedExample();
    const withChannel: Canvas = {
      ...base,
      channels: [channel({ id: 'web', segmentIds: ['seg'], monthlyCost: 2_000 })],
    };
    const before = economicsOf(base);
    const after = economicsOf(withChannel);
    expect(after.channelCost).toBe(2_000);
    expect(after.relationshipCost).toBe(before.relationshipCost);
    expect(after.costShare).toBe(before.costShare);
    expect(after.relationshipBudget).toBe(before.relationshipBudget);
    expect(after.contributionPerCustomer).toBeCloseTo((before.contributionPerCustomer ?? 0) - 1, 9);
    expect(after.ltv).toBeCloseTo((before.ltv ?? 0) - 1 / 0.03, 9);
    expect(after.paybackMonths).toBeGreaterThan(before.paybackMonths ?? Infinity);
    // fixed 5,422.22 + 2,000 over 32.48 a customer: 228.5 → 229
    expect(after.breakEvenSize).toBe(229);
  });
});

describe('§9.4 grow tactics', () => {
  const grow = (init: Partial<Tactic>): Tactic => ({
    id: `grow-${init.kind ?? 'upselling'}`,
    segmentId: 'seg',
    stage: 'grow',
    kind: 'upselling',
    ...init,
  });

  it('should sum the uplifts into LTV with growth beside the base LTV', () => {
    const canvas: Canvas = {
      ...workedExample(),
      tactics: [
        grow({ kind: 'upselling', expectedArpuUplift: 0.1 }),
        grow({ kind: 'cross_selling', expectedArpuUplift: 0.05 }),
      ],
    };
    const economics = economicsOf(canvas);
    const costPerCustomer = economics.costPerCustomer ?? 0;
    expect(economics.ltvWithGrowth).toBeCloseTo(
      (50 * 1.15 * 0.7 - costPerCustomer) * (1 / 0.03),
      6,
    );
    expect(economics.ltv).toBeCloseTo((35 - costPerCustomer) * (1 / 0.03), 6);
  });

  it('should give no LTV with growth when no grow tactic has an uplift', () => {
    const economics = economicsOf({ ...workedExample(), tactics: [grow({})] });
    expect(economics.ltvWithGrowth).toBeNull();
    expect(economics.nullReasons.ltvWithGrowth).toBe('no_growth_uplift');
  });

  it('should count grow and keep tactics in the relationship cost', () => {
    const base = economicsOf(workedExample());
    const keep: Tactic = {
      id: 'club',
      segmentId: 'seg',
      stage: 'keep',
      kind: 'club_membership',
      monthlyCost: 300,
    };
    const economics = economicsOf({
      ...workedExample(),
      tactics: [grow({ monthlyCost: 200 }), keep],
    });
    expect(economics.relationshipCost - base.relationshipCost).toBeCloseTo(500, 9);
  });
});

describe('§9.5 a segment not filled in yet', () => {
  const withoutRevenue = (): Canvas => {
    return canvasWith(notEntered(), [relationshipWith('self_service')]);
  };

  it('should give null revenue-based figures with the reason revenue_not_entered', () => {
    const economics = economicsOf(withoutRevenue());
    for (const metric of [
      'revenue',
      'revenuePerCustomer',
      'costShare',
      'contributionPerCustomer',
      'ltv',
      'ltvToCac',
      'paybackMonths',
      'breakEvenSize',
      'relationshipBudget',
      'headroom',
    ] as const) {
      expect(economics[metric], metric).toBeNull();
      expect(economics.nullReasons[metric], metric).toBe('revenue_not_entered');
    }
    expect(economics.relationshipCost).toBeGreaterThan(0);
    expect(economics.costPerCustomer).not.toBeNull();
    expect(evaluateCanvas(withoutRevenue()).totals.revenue).toBe(0);
  });

  it('should judge an entered 0 as a free segment with real figures', () => {
    const free = economicsOf(workedExample({ monthlyRevenuePerCustomer: 0 }));
    expect(free.revenue).toBe(0);
    expect(free.contributionPerCustomer).toBeLessThan(0);
    expect(free.nullReasons.breakEvenSize).toBe('no_variable_margin');
  });
});

describe('§9.6 CR28 prices what the user would see', () => {
  it('should quote €252.14 for dedicated with a = 36 at N = 2,000: (56 × 9,000 + 277.78) ÷ 2,000', () => {
    const canvas = canvasWith(
      segmentWith({
        monthlyRevenuePerCustomer: 150,
        expectedRelationships: ['dedicated_personal_assistance'],
      }),
      [relationshipWith('dedicated_personal_assistance', { params: { accountsPerManager: 36 } })],
    );
    const cr28 = evaluateCanvas(canvas).findings.find((f) => f.ruleId === 'CR28');
    expect(cr28?.values?.cost).toBeCloseTo(252.14, 2);
    expect(cr28?.values?.cost).toBe(economicsOf(canvas).breakdown[0]?.perCustomer);
  });
});

describe('§9.8 one rounding rule', () => {
  it('should round a break-even size of 166.2 up to 167, and counts to the nearest', () => {
    expect(roundFigure('threshold', 166.2)).toBe(167);
    expect(roundFigure('threshold', 167)).toBe(167);
    expect(roundFigure('threshold', 167.00000000000003)).toBe(167);
    expect(roundFigure('count', 166.5)).toBe(167);
    expect(roundFigure('count', 166.2)).toBe(166);
  });

  it("should round money to the currency's minor unit under 100 and to whole units above", () => {
    expect(roundFigure('money', 252.139, 'EUR')).toBe(252);
    expect(roundFigure('money', 5.2278, 'EUR')).toBe(5.23);
    expect(roundFigure('money', 99.994, 'EUR')).toBe(99.99);
    expect(roundFigure('money', -2.345, 'USD')).toBe(-2.35);
    expect(roundFigure('money', 5.5, 'JPY')).toBe(6);
  });

  it('should keep null and non-finite values as they are', () => {
    expect(roundFigure('money', null)).toBeNull();
    expect(roundFigure('percent', 0.10456)).toBe(0.105);
    expect(roundFigure('months', 33.333)).toBe(33.3);
  });
});
