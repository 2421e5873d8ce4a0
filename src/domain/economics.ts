/**
 * Segment-level unit economics (DOMAIN.md §2.4 and the §2.5 clarifications). A figure that
 * is undefined for the data (no customers, no revenue, a zero CAC…) is null with a reason,
 * never NaN or ±Infinity.
 */
import { relationshipCost } from './costs';
import { TOUCH_BY_TYPE } from './defaults';
import { explainEconomics, type Cac, type Figures } from './economicsExplain';
import { SegmentEconomicsResult } from './economicsResult';
import { finite, isValue, map2, quotient } from './outcome';
import type {
  Canvas,
  Id,
  RelationshipAssignment,
  RelationshipType,
  Tactic,
} from './schema';
import type { SegmentContext } from './segmentContext';
import { segmentContext } from './segmentContext';
import type { RelationshipCostBreakdown, SegmentEconomics } from './types';

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

/** CAC source order (§2.5): override, then get tactics, then the default by relationship type. */
function customerAcquisitionCost(
  ctx: SegmentContext,
  acquisitionSpend: number,
  newCustomers: number,
): Cac {
  const override = ctx.segment.acquisitionCostOverride;
  if (override !== undefined) return { outcome: override, source: 'override' };
  if (acquisitionSpend > 0 && newCustomers > 0) {
    return {
      outcome: quotient(acquisitionSpend, newCustomers, 'out_of_range'),
      source: 'tactics',
    };
  }
  const { defaultCacByType } = ctx.settings;
  const type = dominantAcquisitionType(ctx.relationships, defaultCacByType);
  if (type === undefined) return { outcome: 'no_relationship', source: 'default_by_type' };
  return { outcome: defaultCacByType[type], source: 'default_by_type', type };
}

/** Monthly tactic costs by stage, written into the figures (no object per segment). */
function tacticCosts(tactics: readonly Tactic[], f: Figures): void {
  let get = 0;
  let keep = 0;
  let grow = 0;
  // locals rather than `costs[tactic.stage] +=`: a store under a computed key was slow here
  for (const tactic of tactics) {
    const cost = tactic.monthlyCost ?? 0;
    if (tactic.stage === 'get') get += cost;
    else if (tactic.stage === 'keep') keep += cost;
    else if (tactic.stage === 'grow') grow += cost;
  }
  f.acquisitionSpend = get;
  f.keepTacticsMonthly = keep;
  f.growTacticsMonthly = grow;
}

// Outcome operations as module-level functions: an arrow written inline in figuresOf would be
// a new function object for every metric of every segment on every evaluation.
const subtract = (a: number, b: number) => a - b;
const multiply = (a: number, b: number) => a * b;
const lower = (a: number, b: number) => Math.min(a, b);
const ltvToCac = (ltv: number, cac: number) => quotient(ltv, cac, 'zero_cac');
const payback = (cac: number, contribution: number) =>
  contribution > 0
    ? quotient(cac, contribution, 'non_positive_contribution')
    : 'non_positive_contribution';

/**
 * Everything §2.4 derives for one segment, as values or null reasons, written into `f`.
 * An evaluation passes one scratch object for every segment (the result copies what it keeps),
 * so the thirty-odd figures of a thousand segments are not a thousand objects to collect.
 */
function figuresOf(
  ctx: SegmentContext,
  costs: readonly RelationshipCostBreakdown[],
  f: Figures = blankFigures(),
): Figures {
  const { segment, settings } = ctx;
  const { size, grossMargin, monthlyChurn: churn } = segment;
  const arpu = ctx.revenuePerCustomer;
  const unitMargin = arpu * grossMargin;

  let relationshipsMonthly = 0;
  let fixedRelationships = 0;
  let variablePerCustomer = 0;
  let savingsMonthly = 0;
  for (const b of costs) {
    relationshipsMonthly += b.total;
    fixedRelationships += b.setupMonthly + b.fixedMonthly + b.staffMonthly;
    variablePerCustomer += b.variablePerSegmentCustomer;
    savingsMonthly += b.savingsMonthly;
  }
  tacticCosts(ctx.tactics, f);
  const { acquisitionSpend, keepTacticsMonthly: keep, growTacticsMonthly: grow } = f;
  // Spec decision: grow tactics' costs also count as relationship cost (block 4, not acquisition).
  // Spec decision: community savings are shown separately and NOT subtracted (they are estimates).
  const relationshipCost = relationshipsMonthly + keep + grow;
  const fixedTotal = fixedRelationships + keep + grow;
  const revenue = size * arpu;

  const costPerCustomer =
    size > 0 ? quotient(relationshipCost, size, 'no_customers') : 'no_customers';
  const costShare = size > 0 ? quotient(relationshipCost, revenue, 'no_revenue') : 'no_customers';
  const contribution = map2(unitMargin, costPerCustomer, subtract);
  const cap = settings.lifetimeCapMonths;
  const uncappedLifetime = churn > 0 ? 1 / churn : Infinity;
  const lifetime = Math.min(uncappedLifetime, cap);
  const discountRate = ctx.params.monthlyDiscountRate;
  const monthlyRate = discountRate ?? 0;
  const newCustomers = segment.newCustomersPerMonth ?? churn * size;
  const cac = customerAcquisitionCost(ctx, acquisitionSpend, newCustomers);
  const { ltvCacTarget, maxCostShare } = settings.rules;
  const valueCeiling = isValue(cac.outcome)
    ? finite(unitMargin - (ltvCacTarget * cac.outcome) / lifetime)
    : cac.outcome;
  const shareCeiling = maxCostShare * arpu;
  const relationshipBudget = map2(valueCeiling, shareCeiling, lower);
  const variableMargin = unitMargin - variablePerCustomer;
  // Spec decision: a negative contribution gives a negative LTV (it is meaningful: each
  // customer loses money); only the payback, which never arrives, becomes null.
  const ltv = map2(contribution, lifetime, multiply);

  f.size = size;
  f.grossArpu = segment.monthlyRevenuePerCustomer ?? 0;
  f.arpu = arpu;
  f.partnerMarginRate = ctx.partnerMarginRate;
  f.grossMargin = grossMargin;
  f.churn = churn;
  f.revenue = revenue;
  f.relationshipsMonthly = relationshipsMonthly;
  f.relationshipCost = relationshipCost;
  f.savingsMonthly = savingsMonthly;
  f.fixedTotal = fixedTotal;
  f.variablePerCustomer = variablePerCustomer;
  f.cap = cap;
  f.uncappedLifetime = uncappedLifetime;
  f.lifetime = lifetime;
  f.monthlyRate = monthlyRate;
  f.newCustomers = newCustomers;
  f.isNewCustomersGiven = segment.newCustomersPerMonth !== undefined;
  f.cac = cac;
  f.ltvCacTarget = ltvCacTarget;
  f.maxCostShare = maxCostShare;
  f.valueCeiling = valueCeiling;
  f.shareCeiling = shareCeiling;
  f.costPerCustomer = costPerCustomer;
  f.costShare = costShare;
  f.contribution = contribution;
  f.ltv = ltv;
  f.ltvDiscounted =
    discountRate === undefined
      ? 'no_discount_rate'
      : isValue(contribution)
        ? finite(quotient(contribution * (1 - churn), monthlyRate + churn, 'unbounded_lifetime'))
        : contribution;
  f.ltvToCac = map2(ltv, cac.outcome, ltvToCac);
  f.paybackMonths = map2(cac.outcome, contribution, payback);
  // Spec decision: not rounded (≈ 167 in §2.5 is 166.9); it needs no customers, so it is
  // known even for an empty segment.
  f.breakEvenSize =
    variableMargin > 0
      ? quotient(fixedTotal, variableMargin, 'no_variable_margin')
      : 'no_variable_margin';
  f.relationshipBudget = relationshipBudget;
  f.headroom = map2(relationshipBudget, costPerCustomer, subtract);
  return f;
}

/** Figures to be overwritten: every field, so the object keeps one shape in V8. */
function blankFigures(): Figures {
  return {
    size: 0,
    grossArpu: 0,
    arpu: 0,
    partnerMarginRate: 0,
    grossMargin: 0,
    churn: 0,
    revenue: 0,
    relationshipsMonthly: 0,
    keepTacticsMonthly: 0,
    growTacticsMonthly: 0,
    acquisitionSpend: 0,
    relationshipCost: 0,
    savingsMonthly: 0,
    fixedTotal: 0,
    variablePerCustomer: 0,
    cap: 0,
    uncappedLifetime: 0,
    lifetime: 0,
    monthlyRate: 0,
    newCustomers: 0,
    isNewCustomersGiven: false,
    cac: { outcome: 0, source: 'override' },
    ltvCacTarget: 0,
    maxCostShare: 0,
    valueCeiling: 0,
    shareCeiling: 0,
    costPerCustomer: 0,
    costShare: 0,
    contribution: 0,
    ltv: 0,
    ltvDiscounted: 0,
    ltvToCac: 0,
    paybackMonths: 0,
    breakEvenSize: 0,
    relationshipBudget: 0,
    headroom: 0,
  };
}

// Shared by every evaluation: figuresOf runs to completion before the next call reuses it.
const SCRATCH = blankFigures();

// recomputed from the same inputs into a fresh object, so the evaluation keeps only what it returns
const explainOf = (ctx: SegmentContext, breakdown: readonly RelationshipCostBreakdown[]) =>
  explainEconomics(figuresOf(ctx, breakdown));

/** Economics of one segment inside an already built context. */
export function segmentEconomics(ctx: SegmentContext): SegmentEconomics {
  const breakdown = ctx.relationships.map((rel) => relationshipCost(ctx, rel));
  return new SegmentEconomicsResult(ctx, breakdown, figuresOf(ctx, breakdown, SCRATCH), explainOf);
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
