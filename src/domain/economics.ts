/**
 * Segment-level unit economics (DOMAIN.md §2.4 and the §2.5 clarifications). A figure that
 * is undefined for the data (no customers, no revenue, a zero CAC…) is null with a reason,
 * never NaN or ±Infinity.
 */
import { relationshipCost } from './costs';
import { TOUCH_BY_TYPE } from './defaults';
import { explainStep } from './explain';
import { escalationCostPerContact } from './params';
import type { Canvas, Id, RelationshipAssignment, RelationshipType } from './schema';
import type { SegmentContext } from './segmentContext';
import { segmentContext } from './segmentContext';
import type { CacSource, ExplainStep, NullReason, SegmentEconomics } from './types';

/** A metric is either its value or the reason it has none. */
type Outcome = number | NullReason;

const isValue = (outcome: Outcome): outcome is number => typeof outcome === 'number';

/** a ÷ b, or `zeroReason` when b is 0, or 'out_of_range' when the quotient is not finite. */
function quotient(a: number, b: number, zeroReason: NullReason): Outcome {
  if (b === 0) return zeroReason;
  const result = a / b;
  return Number.isFinite(result) ? result : 'out_of_range';
}

/**
 * Applies `f` when every input has a value, otherwise passes on the first reason; a result
 * that overflows (e.g. a huge cost per customer times a lifetime) is 'out_of_range'.
 */
function combine(inputs: Outcome[], f: (...values: number[]) => Outcome): Outcome {
  const missing = inputs.find((input) => !isValue(input));
  if (missing !== undefined) return missing;
  const result = f(...inputs.filter(isValue));
  return isValue(result) && !Number.isFinite(result) ? 'out_of_range' : result;
}

/**
 * The relationship whose type sets the default CAC: the highest-touch one with purpose
 * `acquisition`, else the highest-touch one of the segment (§2.5).
 * Spec decision: on equal touch, the type with the higher default CAC wins (the prudent figure).
 */
function dominantAcquisitionType(
  relationships: readonly RelationshipAssignment[],
  cacByType: Record<RelationshipType, number>,
): RelationshipType | undefined {
  const acquiring = relationships.filter((r) => r.purposes.includes('acquisition'));
  const candidates = acquiring.length > 0 ? acquiring : relationships;
  let best: RelationshipType | undefined;
  for (const { type } of candidates) {
    if (
      best === undefined ||
      TOUCH_BY_TYPE[type] > TOUCH_BY_TYPE[best] ||
      (TOUCH_BY_TYPE[type] === TOUCH_BY_TYPE[best] && cacByType[type] > cacByType[best])
    ) {
      best = type;
    }
  }
  return best;
}

interface Cac {
  outcome: Outcome;
  source: CacSource;
  explain: ExplainStep[];
}

function customerAcquisitionCost(
  ctx: SegmentContext,
  acquisitionSpend: number,
  newCustomersPerMonth: number,
): Cac {
  const override = ctx.segment.acquisitionCostOverride;
  if (override !== undefined) {
    return {
      outcome: override,
      source: 'override',
      explain: [explainStep('segment.cacOverride', { result: override })],
    };
  }
  if (acquisitionSpend > 0 && newCustomersPerMonth > 0) {
    const outcome = quotient(acquisitionSpend, newCustomersPerMonth, 'out_of_range');
    const values = { spend: acquisitionSpend, newCustomers: newCustomersPerMonth };
    return {
      outcome,
      source: 'tactics',
      explain: isValue(outcome)
        ? [explainStep('segment.cacTactics', { ...values, result: outcome })]
        : [],
    };
  }
  const { defaultCacByType } = ctx.settings;
  const type = dominantAcquisitionType(ctx.relationships, defaultCacByType);
  if (type === undefined)
    return { outcome: 'no_relationship', source: 'default_by_type', explain: [] };
  const cac = defaultCacByType[type];
  return {
    outcome: cac,
    source: 'default_by_type',
    explain: [explainStep('segment.cacDefault', { type, result: cac })],
  };
}

/**
 * Monthly discount rate from the annual one.
 * Spec decision: compound, (1 + annual)^(1/12) − 1, which gives §2.4's 0.008 for 10 %.
 */
export function monthlyDiscountRate(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}

/** Economics of one segment inside an already built context. */
export function segmentEconomics(
  ctx: SegmentContext,
  escalationCost = escalationCostPerContact(ctx.settings),
): SegmentEconomics {
  const { segment, settings } = ctx;
  const size = segment.size;
  const arpu = ctx.revenuePerCustomer;
  const grossMargin = segment.grossMargin;
  const churn = segment.monthlyChurn;
  const unitMargin = arpu * grossMargin;

  const breakdown = ctx.relationships.map((rel) => relationshipCost(ctx, rel, escalationCost));
  let relationshipsMonthly = 0;
  let fixedRelationships = 0;
  let variablePerCustomer = 0;
  let savingsMonthly = 0;
  for (const b of breakdown) {
    relationshipsMonthly += b.total;
    fixedRelationships += b.setupMonthly + b.fixedMonthly + b.staffMonthly;
    variablePerCustomer += b.variablePerSegmentCustomer;
    savingsMonthly += b.savingsMonthly;
  }
  const tacticsMonthly = { get: 0, keep: 0, grow: 0 };
  for (const tactic of ctx.tactics) tacticsMonthly[tactic.stage] += tactic.monthlyCost ?? 0;
  const acquisitionSpend = tacticsMonthly.get;
  const keepTacticsMonthly = tacticsMonthly.keep;
  // Spec decision: grow tactics' costs also count as relationship cost (block 4, not acquisition).
  const growTacticsMonthly = tacticsMonthly.grow;
  // Spec decision: community savings are shown separately and NOT subtracted (they are estimates).
  const relationshipCostMonthly = relationshipsMonthly + keepTacticsMonthly + growTacticsMonthly;
  const fixedTotal = fixedRelationships + keepTacticsMonthly + growTacticsMonthly;
  const revenue = size * arpu;

  const hasCustomers = size > 0;
  const costPerCustomer = hasCustomers
    ? quotient(relationshipCostMonthly, size, 'no_customers')
    : 'no_customers';
  const costShare = hasCustomers
    ? quotient(relationshipCostMonthly, revenue, 'no_revenue')
    : 'no_customers';
  const contribution = combine([costPerCustomer], (cost) => unitMargin - cost);
  const cap = settings.lifetimeCapMonths;
  const uncapped = churn > 0 ? 1 / churn : Infinity;
  const lifetimeMonths = Math.min(uncapped, cap);
  const ltv = combine([contribution], (m) => m * lifetimeMonths);
  const annualRate = settings.annualDiscountRate;
  const monthlyRate = annualRate === undefined ? 0 : monthlyDiscountRate(annualRate);
  const ltvDiscounted =
    annualRate === undefined
      ? 'no_discount_rate'
      : combine([contribution], (m) =>
          quotient(m * (1 - churn), monthlyRate + churn, 'unbounded_lifetime'),
        );
  const newCustomersPerMonth = segment.newCustomersPerMonth ?? churn * size;
  const cac = customerAcquisitionCost(ctx, acquisitionSpend, newCustomersPerMonth);
  const ltvToCac = combine([ltv, cac.outcome], (value, cost) => quotient(value, cost, 'zero_cac'));
  const paybackMonths = combine([cac.outcome, contribution], (cost, m) =>
    m > 0 ? quotient(cost, m, 'non_positive_contribution') : 'non_positive_contribution',
  );
  const variableMargin = unitMargin - variablePerCustomer;
  const breakEvenSize =
    variableMargin > 0
      ? quotient(fixedTotal, variableMargin, 'no_variable_margin')
      : 'no_variable_margin';
  const { ltvCacTarget, maxCostShare } = settings.rules;
  const valueCeiling = combine(
    [cac.outcome],
    (cost) => unitMargin - (ltvCacTarget * cost) / lifetimeMonths,
  );
  const shareCeiling = maxCostShare * arpu;
  const relationshipBudget = combine([valueCeiling], (ceiling) => Math.min(ceiling, shareCeiling));
  const headroom = combine([relationshipBudget, costPerCustomer], (budget, cost) => budget - cost);

  const nullReasons: SegmentEconomics['nullReasons'] = {};
  const explain: Record<string, ExplainStep[]> = {};
  /** Records the explanation (or the null reason) of a metric and returns its value. */
  const settle = (
    name: keyof SegmentEconomics & string,
    outcome: Outcome,
    steps: (value: number) => ExplainStep[],
  ): number | null => {
    if (isValue(outcome)) {
      explain[name] = steps(outcome);
      return outcome;
    }
    nullReasons[name] = outcome;
    explain[name] = [{ key: `domain:nullReasons.${outcome}`, values: {} }];
    return null;
  };
  const given = (value: number, name: keyof SegmentEconomics & string, steps: ExplainStep[]) => {
    explain[name] = steps;
    return value;
  };

  return {
    segmentId: segment.id,
    revenuePerCustomer: arpu,
    partnerMarginRate: ctx.partnerMarginRate,
    revenue: given(revenue, 'revenue', [
      ...(ctx.partnerMarginRate > 0
        ? [
            explainStep('segment.netArpu', {
              arpu: segment.monthlyRevenuePerCustomer,
              partnerMargin: ctx.partnerMarginRate,
              result: arpu,
            }),
          ]
        : []),
      explainStep('segment.revenue', { size, arpu, result: revenue }),
    ]),
    relationshipCost: given(relationshipCostMonthly, 'relationshipCost', [
      explainStep('segment.relationshipCost', {
        relationships: relationshipsMonthly,
        keepTactics: keepTacticsMonthly,
        growTactics: growTacticsMonthly,
        result: relationshipCostMonthly,
      }),
      ...(savingsMonthly > 0 ? [explainStep('segment.savings', { result: savingsMonthly })] : []),
    ]),
    costPerCustomer: settle('costPerCustomer', costPerCustomer, (result) => [
      explainStep('segment.costPerCustomer', { cost: relationshipCostMonthly, size, result }),
    ]),
    costShare: settle('costShare', costShare, (result) => [
      explainStep('segment.costShare', { cost: relationshipCostMonthly, revenue, result }),
    ]),
    contributionPerCustomer: settle('contributionPerCustomer', contribution, (result) => [
      explainStep('segment.contribution', {
        arpu,
        grossMargin,
        costPerCustomer: isValue(costPerCustomer) ? costPerCustomer : 0,
        result,
      }),
    ]),
    lifetimeMonths: given(lifetimeMonths, 'lifetimeMonths', [
      uncapped <= cap
        ? explainStep('segment.lifetime', { churn, result: lifetimeMonths })
        : explainStep('segment.lifetimeCapped', { churn, cap, result: lifetimeMonths }),
    ]),
    ltv: settle('ltv', ltv, (result) => [
      explainStep('segment.ltv', {
        contribution: isValue(contribution) ? contribution : 0,
        lifetime: lifetimeMonths,
        result,
      }),
    ]),
    ltvDiscounted: settle('ltvDiscounted', ltvDiscounted, (result) => [
      explainStep('segment.ltvDiscounted', {
        contribution: isValue(contribution) ? contribution : 0,
        retention: 1 - churn,
        monthlyRate,
        result,
      }),
    ]),
    cac: settle('cac', cac.outcome, () => cac.explain),
    cacSource: cac.source,
    ltvToCac: settle('ltvToCac', ltvToCac, (result) => [
      explainStep('segment.ltvToCac', {
        ltv: isValue(ltv) ? ltv : 0,
        cac: isValue(cac.outcome) ? cac.outcome : 0,
        result,
      }),
    ]),
    paybackMonths: settle('paybackMonths', paybackMonths, (result) => [
      explainStep('segment.payback', {
        cac: isValue(cac.outcome) ? cac.outcome : 0,
        contribution: isValue(contribution) ? contribution : 0,
        result,
      }),
    ]),
    breakEvenSize: settle('breakEvenSize', breakEvenSize, (result) => [
      explainStep('segment.breakEven', {
        fixed: fixedTotal,
        arpu,
        grossMargin,
        variable: variablePerCustomer,
        result,
      }),
    ]),
    relationshipBudget: settle('relationshipBudget', relationshipBudget, (result) => [
      explainStep('segment.budget', {
        arpu,
        grossMargin,
        target: ltvCacTarget,
        cac: isValue(cac.outcome) ? cac.outcome : 0,
        lifetime: lifetimeMonths,
        valueCeiling: isValue(valueCeiling) ? valueCeiling : 0,
        maxShare: maxCostShare,
        shareCeiling,
        result,
      }),
    ]),
    headroom: settle('headroom', headroom, (result) => [
      explainStep('segment.headroom', {
        budget: isValue(relationshipBudget) ? relationshipBudget : 0,
        costPerCustomer: isValue(costPerCustomer) ? costPerCustomer : 0,
        result,
      }),
    ]),
    fixedTotal,
    variablePerCustomer,
    acquisitionSpend,
    newCustomersPerMonth: given(newCustomersPerMonth, 'newCustomersPerMonth', [
      segment.newCustomersPerMonth === undefined
        ? explainStep('segment.newCustomersSteadyState', {
            churn,
            size,
            result: newCustomersPerMonth,
          })
        : explainStep('segment.newCustomersGiven', { result: newCustomersPerMonth }),
    ]),
    keepTacticsMonthly,
    growTacticsMonthly,
    savingsMonthly,
    breakdown,
    nullReasons,
    explain,
  };
}

/**
 * Unit economics of one segment: revenue, relationship cost, LTV, CAC, payback, break-even
 * size and relationship budget; undefined for an unknown segment id.
 * @example computeSegmentEconomics(canvas, 'smb')?.ltvToCac // 6.6 in §2.5's example
 */
export function computeSegmentEconomics(
  canvas: Canvas,
  segmentId: Id,
): SegmentEconomics | undefined {
  const segment = canvas.segments.find((s) => s.id === segmentId);
  return segment && segmentEconomics(segmentContext(canvas, segment));
}
