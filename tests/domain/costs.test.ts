import { computeRelationshipCost } from '@/domain/costs';
import { createDefaultSettings } from '@/domain/defaults';
import type { Canvas, RelationshipAssignment } from '@/domain/schema';
import type { ExplainStep } from '@/domain/types';

import { canvasWith, relationshipWith, segmentWith, workedExample } from './economicsFixtures';

function costOf(canvas: Canvas, relId: string) {
  const rel = canvas.relationships.find((r) => r.id === relId);
  const segment = canvas.segments.find((s) => s.id === rel?.segmentId);
  if (!rel || !segment) throw new Error(`fixture has no relationship ${relId}`);
  return computeRelationshipCost(canvas, segment, rel);
}

function single(rel: RelationshipAssignment, size = 2_000) {
  const canvas = canvasWith(segmentWith({ size }), [rel]);
  return costOf(canvas, rel.id);
}

const stepValues = (explain: ExplainStep[], key: string) =>
  explain.find((s) => s.key === `domain:explain.${key}`)?.values;

describe('computeRelationshipCost: personal assistance', () => {
  it("should price §2.5's personal line: 8 min × €40/h = €5.33 per contact, 0.58 FTE, €3,539", () => {
    const cost = costOf(workedExample(), 'rel-personal_assistance');
    expect(cost.served).toBe(2_000);
    expect(cost.variableMonthly).toBeCloseTo(600 * (8 / 60) * 40, 6);
    expect(cost.setupMonthly).toBeCloseTo(5_000 / 36, 6);
    expect(cost.fixedMonthly).toBe(200);
    expect(cost.total).toBeCloseTo(3_538.89, 2);
    expect(cost.staff?.fte).toBeCloseTo(0.58, 2);
    expect(stepValues(cost.explain, 'personal.costPerContact')).toEqual({
      minutes: 8,
      hourly: 40,
      result: (8 / 60) * 40,
    });
    expect(stepValues(cost.explain, 'personal.contacts')).toEqual({
      served: 2_000,
      perCustomer: 0.3,
      result: 600,
    });
  });

  it('should bill a third-party provider per contact, with no own FTEs', () => {
    const cost = single(
      relationshipWith('personal_assistance', {
        facets: {
          contactMode: 'remote_live',
          audience: 'individual',
          provider: 'third_party',
          customerRole: 'served',
        },
        params: { contactsPerCustomerMonth: 0.5, outsourcedCostPerContact: 6 },
      }),
    );
    expect(cost.variableMonthly).toBeCloseTo(2_000 * 0.5 * 6, 6);
    expect(cost.staff).toBeUndefined();
    expect(stepValues(cost.explain, 'personal.outsourcedCostPerContact')).toEqual({ result: 6 });
  });

  it('should hire whole people in step-staffing mode instead of paying per contact', () => {
    const cost = single(
      relationshipWith('personal_assistance', { params: { stepStaffing: true } }),
    );
    // 1,000 contacts × 8 min = 133.3 h → 0.97 FTE → 1 person × €40 × 138 h
    expect(cost.staff?.fte).toBeCloseTo((1_000 * 8) / 60 / 138, 9);
    expect(cost.staffMonthly).toBe(40 * 138);
    expect(cost.variableMonthly).toBe(0);
    expect(cost.variablePerSegmentCustomer).toBe(0);
  });
});

describe('computeRelationshipCost: dedicated personal assistance', () => {
  it('should hire ⌈served ÷ accounts⌉ managers', () => {
    const cost = single(
      relationshipWith('dedicated_personal_assistance', { coverage: 0.5 }),
      1_010,
    );
    expect(cost.served).toBe(505);
    expect(cost.staff?.managers).toBe(11);
    expect(cost.staffMonthly).toBe(11 * 9_000);
    expect(cost.total).toBeCloseTo(11 * 9_000 + 10_000 / 36, 6);
    expect(stepValues(cost.explain, 'dedicated.managers')).toEqual({
      served: 505,
      accounts: 50,
      result: 11,
    });
  });

  it('should not hire an extra manager because of float noise (0.07 × 5,000 = 350.00000000000006)', () => {
    const cost = single(
      relationshipWith('dedicated_personal_assistance', { coverage: 0.07 }),
      5_000,
    );
    expect(cost.staff?.managers).toBe(7);
  });
});

describe('computeRelationshipCost: self-service and automated', () => {
  it('should match §2.5: self-service €2,183 and automated €4,733 per month', () => {
    const canvas = workedExample();
    expect(costOf(canvas, 'rel-self_service').total).toBeCloseTo(2_183.33, 2);
    expect(costOf(canvas, 'rel-automated_services').total).toBeCloseTo(4_733.33, 2);
  });

  it("should price escalations with the canvas' personal-assistance defaults, not another relationship's overrides", () => {
    const example = workedExample();
    const canvas = {
      ...example,
      relationships: example.relationships.map((r) =>
        r.type === 'personal_assistance' ? { ...r, params: { handleMinutes: 30 } } : r,
      ),
    };
    const before = costOf(canvas, 'rel-self_service').variableMonthly;
    expect(before).toBeCloseTo(2_000 * (0.1 + 0.1 * (8 / 60) * 40), 6);

    // canvases are immutable: an edit replaces the settings, as the store does
    const { settings } = canvas;
    const typeDefaults = {
      ...settings.typeDefaults,
      personal_assistance: { ...settings.typeDefaults.personal_assistance, handleMinutes: 16 },
    };
    const after = costOf(
      { ...canvas, settings: { ...settings, typeDefaults } },
      'rel-self_service',
    );
    expect(after.variableMonthly).toBeCloseTo(2_000 * (0.1 + 0.1 * (16 / 60) * 40), 6);
    expect(stepValues(after.explain, 'selfService.costPerContact')).toMatchObject({
      selfServiceCost: 0.1,
      escalationRate: 0.1,
    });
  });
});

describe('computeRelationshipCost: communities', () => {
  it('should add moderators per active member and show deflection savings without subtracting them', () => {
    const canvas = canvasWith(segmentWith({ size: 25_000 }), [
      relationshipWith('communities'),
      relationshipWith('personal_assistance'),
    ]);
    const cost = costOf(canvas, 'rel-communities');
    // 25,000 × 10 % = 2,500 active members → 3 moderators
    expect(cost.staff).toEqual({ moderators: 3, coreContributors: 250 });
    expect(cost.staffMonthly).toBe(3 * 5_000);
    expect(cost.fixedMonthly).toBe(500);
    // 10 % of 12,500 assisted contacts at €5.33
    expect(cost.savingsMonthly).toBeCloseTo(0.1 * 12_500 * (8 / 60) * 40, 6);
    expect(cost.total).toBeCloseTo(5_000 / 36 + 500 + 15_000 + 25_000 * 0.02, 6);
  });
});

describe('computeRelationshipCost: co-creation', () => {
  it('should pay contributors their share of co-created revenue, net of partner margins', () => {
    const canvas = canvasWith(segmentWith({ size: 1_000, monthlyRevenuePerCustomer: 100 }), [
      relationshipWith('co_creation', { coverage: 0.2, params: { contributorRevenueShare: 0.5 } }),
    ]);
    canvas.channels = [
      {
        id: 'shop',
        name: 'Partner shop',
        kind: 'partner_store',
        ownership: 'partner',
        directness: 'indirect',
        medium: 'physical',
        functions: ['sales'],
        phases: ['purchase'],
        segmentIds: ['seg'],
        partnerMargin: 0.4,
        revenueShare: 0.5,
      },
    ];
    const cost = costOf(canvas, 'rel-co_creation');
    const netRevenue = 1_000 * 100 * (1 - 0.5 * 0.4);
    expect(cost.revenueShareMonthly).toBeCloseTo(netRevenue * 0.05 * 0.5, 6);
    expect(cost.variableMonthly).toBeCloseTo(200 * 0.02, 9);
    expect(cost.fixedMonthly).toBe(4_000);
    expect(cost.variablePerSegmentCustomer).toBeCloseTo(0.2 * 0.02 + 80 * 0.05 * 0.5, 9);
  });
});

describe('computeRelationshipCost: parameters', () => {
  it('should take the relationship override, then the canvas type default, then the built-in default', () => {
    const settings = createDefaultSettings();
    delete settings.typeDefaults.dedicated_personal_assistance.managerMonthlyCost;
    settings.typeDefaults.dedicated_personal_assistance.accountsPerManager = 100;
    const rel = relationshipWith('dedicated_personal_assistance', { params: { setupCost: 0 } });
    const canvas = canvasWith(segmentWith({ size: 1_000 }), [rel], { settings });
    const cost = costOf(canvas, rel.id);
    expect(cost.staff?.managers).toBe(10);
    expect(cost.staffMonthly).toBe(10 * 9_000);
    expect(cost.setupMonthly).toBe(0);
  });

  it("should amortise set-up over the relationship's own months when it sets them", () => {
    const cost = single(
      relationshipWith('automated_services', { params: { amortizationMonths: 12 } }),
    );
    expect(cost.setupMonthly).toBe(5_000);
    expect(stepValues(cost.explain, 'cost.setup')).toEqual({
      setup: 60_000,
      months: 12,
      result: 5_000,
    });
  });

  it('should keep fixed costs and report no per-customer cost for an empty segment', () => {
    const cost = single(relationshipWith('self_service'), 0);
    expect(cost.served).toBe(0);
    expect(cost.total).toBeCloseTo(15_000 / 36 + 500, 9);
    expect(cost.perCustomer).toBeNull();
    expect(cost.explain.some((s) => s.key === 'domain:explain.cost.perCustomer')).toBe(false);
  });
});
