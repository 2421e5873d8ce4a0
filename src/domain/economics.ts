/**
 * Segment-level unit economics (DOMAIN.md §2.4, with §9.2–§9.5). A figure that is undefined for
 * the data (revenue not entered, no customers, a zero CAC…) is null with a reason, never NaN or
 * ±Infinity.
 */
import { breakEvenSize, curvePoints, type BreakEvenModel } from './breakEven';
import {
  netRevenuePerCustomer,
  partnerMarginRate,
  relationshipCost,
  segmentInputsOf,
} from './costs';
import { TOUCH_BY_TYPE } from './defaults';
import { explainEconomics, type Cac, type Figures } from './economicsExplain';
import { finite, isValue, map2, quotient, valueOf, type Outcome } from './outcome';
import { monthlyDiscountRate } from './params';
import type { Canvas, Id, RelationshipAssignment, RelationshipType, Tactic } from './schema';
import type { SegmentInputs } from './segmentInputs';
import type {
  BreakEvenPoint,
  ExplainStep,
  NullReason,
  RelationshipCostBreakdown,
  SegmentEconomics,
  StaffStep,
} from './types';

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
    const higher =
      best === undefined ||
      TOUCH_BY_TYPE[type] > TOUCH_BY_TYPE[best] ||
      (TOUCH_BY_TYPE[type] === TOUCH_BY_TYPE[best] && cacByType[type] > cacByType[best]);
    if (higher) best = type;
  }
  return best;
}

/** CAC source order (§2.5): override, then get tactics, then the default by relationship type. */
function customerAcquisitionCost(
  inputs: SegmentInputs,
  acquisitionSpend: number,
  newCustomers: number,
): Cac {
  const override = inputs.segment.acquisitionCostOverride;
  if (override !== undefined) return { outcome: override, source: 'override' };
  if (acquisitionSpend > 0 && newCustomers > 0) {
    return {
      outcome: quotient(acquisitionSpend, newCustomers, 'out_of_range'),
      source: 'tactics',
    };
  }
  const { defaultCacByType } = inputs.settings;
  const type = dominantAcquisitionType(inputs.relationships, defaultCacByType);
  if (type === undefined) return { outcome: 'no_relationship', source: 'default_by_type' };
  return { outcome: defaultCacByType[type], source: 'default_by_type', type };
}

/** Monthly tactic costs by stage, and the grow tactics' summed ARPU uplift (§9.4). */
function tacticTotals(tactics: readonly Tactic[]) {
  const totals = { get: 0, keep: 0, grow: 0, uplift: 0, hasUplift: false };
  for (const tactic of tactics) {
    totals[tactic.stage] += tactic.monthlyCost ?? 0;
    if (tactic.stage === 'grow' && tactic.expectedArpuUplift !== undefined) {
      totals.uplift += tactic.expectedArpuUplift;
      totals.hasUplift = true;
    }
  }
  return totals;
}

/** The relationships' monthly cost split the way break-even needs it (§9.2). */
function relationshipTotals(breakdown: readonly RelationshipCostBreakdown[]) {
  const totals = { monthly: 0, fixed: 0, staff: 0, variablePerCustomer: 0, savings: 0 };
  for (const b of breakdown) {
    totals.monthly += b.total;
    totals.fixed += b.setupMonthly + b.fixedMonthly;
    totals.staff += b.staffMonthly;
    totals.variablePerCustomer += b.variablePerSegmentCustomer;
    totals.savings += b.savingsMonthly;
  }
  return totals;
}

const subtract = (a: number, b: number) => a - b;
const multiply = (a: number, b: number) => a * b;

/** A revenue-based figure: the reason when the revenue is not entered yet (§9.5), else `value()`. */
const ifEntered = (entered: boolean, value: () => Outcome): Outcome =>
  entered ? value() : 'revenue_not_entered';

/** Everything §2.4 and §9 derive for one segment, as values or null reasons. */
export function segmentFigures(inputs: SegmentInputs): Figures {
  const { segment, settings } = inputs;
  const { size, grossMargin, monthlyChurn: churn } = segment;
  const entered = segment.monthlyRevenuePerCustomer !== undefined;
  const arpu = netRevenuePerCustomer(inputs);
  const unitMargin = arpu * grossMargin;

  const breakdown = inputs.relationships.map((rel) => relationshipCost(inputs, rel, arpu));
  const relationships = relationshipTotals(breakdown);
  const tactics = tacticTotals(inputs.tactics);
  // Spec decision (§9.4): keep and grow tactics' costs count as relationship cost; community
  // savings are shown separately and NOT subtracted (they are estimates).
  const relationshipCostMonthly = relationships.monthly + tactics.keep + tactics.grow;
  const channelCost = inputs.channelCost;
  const fixedTotal = relationships.fixed + tactics.keep + tactics.grow + channelCost;

  const costPerCustomer = size > 0 ? finite(relationshipCostMonthly / size) : 'no_customers';
  const channelCostPerCustomer = size > 0 ? finite(channelCost / size) : 'no_customers';
  const costPerCustomerAll = map2(costPerCustomer, channelCostPerCustomer, (a, b) => a + b);
  const lifetimeCap = settings.lifetimeCapMonths;
  const uncappedLifetime = churn > 0 ? 1 / churn : Infinity;
  const lifetime = Math.min(uncappedLifetime, lifetimeCap);
  const annualRate = settings.annualDiscountRate;
  const monthlyRate = annualRate === undefined ? undefined : monthlyDiscountRate(annualRate);
  const newCustomers = segment.newCustomersPerMonth ?? churn * size;
  const cac = customerAcquisitionCost(inputs, tactics.get, newCustomers);
  const { ltvCacTarget, maxCostShare } = settings.rules;

  // m = ARPU × GM − relationship cost per customer − channel cost per customer (§9.3)
  const contribution = ifEntered(entered, () => map2(unitMargin, costPerCustomerAll, subtract));
  // Spec decision: a negative contribution gives a negative LTV (each customer loses money).
  const ltv = map2(contribution, lifetime, multiply);
  const grownArpu = arpu * (1 + tactics.uplift);
  const ltvWithGrowth = ifEntered(entered, () =>
    tactics.hasUplift
      ? map2(grownArpu * grossMargin, costPerCustomerAll, (m, c) => (m - c) * lifetime)
      : 'no_growth_uplift',
  );
  const ltvDiscounted =
    monthlyRate === undefined
      ? 'no_discount_rate'
      : map2(contribution, monthlyRate + churn, (m, denominator) =>
          quotient(m * (1 - churn), denominator, 'unbounded_lifetime'),
        );
  // §9.8: a negative LTV is not a ratio; the segment loses money on each customer.
  const ltvToCac = map2(ltv, cac.outcome, (value, cost) =>
    value < 0 ? 'loses_money_per_customer' : quotient(value, cost, 'zero_cac'),
  );
  const paybackMonths = map2(cac.outcome, contribution, (cost, m) =>
    m > 0 ? quotient(cost, m, 'non_positive_contribution') : 'non_positive_contribution',
  );
  const steps: StaffStep[] = [];
  for (const { staffStep } of breakdown) if (staffStep) steps.push(staffStep);
  const breakEven: BreakEvenModel = {
    fixed: fixedTotal,
    unitMargin: unitMargin - relationships.variablePerCustomer,
    steps,
  };
  const valueCeiling = map2(cac.outcome, lifetime, (cost, months) =>
    finite(unitMargin - (ltvCacTarget * cost) / months),
  );
  const shareCeiling = maxCostShare * arpu;
  const relationshipBudget = ifEntered(entered, () => map2(valueCeiling, shareCeiling, Math.min));

  return {
    segmentId: segment.id,
    entered,
    size,
    grossArpu: segment.monthlyRevenuePerCustomer ?? 0,
    arpu,
    grownArpu,
    uplift: tactics.uplift,
    partnerMarginRate: partnerMarginRate(inputs),
    grossMargin,
    churn,
    revenue: ifEntered(entered, () => size * arpu),
    relationshipsMonthly: relationships.monthly,
    keepTacticsMonthly: tactics.keep,
    growTacticsMonthly: tactics.grow,
    acquisitionSpend: tactics.get,
    relationshipCost: relationshipCostMonthly,
    channelCost,
    channels: inputs.channels,
    savingsMonthly: relationships.savings,
    fixedTotal,
    staffMonthly: relationships.staff,
    variablePerCustomer: relationships.variablePerCustomer,
    breakEven,
    cap: lifetimeCap,
    uncappedLifetime,
    lifetime,
    monthlyRate: monthlyRate ?? 0,
    newCustomers,
    isNewCustomersGiven: segment.newCustomersPerMonth !== undefined,
    cac,
    ltvCacTarget,
    maxCostShare,
    valueCeiling,
    shareCeiling,
    costPerCustomer,
    channelCostPerCustomer,
    costShare: ifEntered(entered, () =>
      size > 0 ? quotient(relationshipCostMonthly, size * arpu, 'no_revenue') : 'no_customers',
    ),
    contribution,
    ltv,
    ltvDiscounted,
    ltvWithGrowth,
    ltvToCac,
    paybackMonths,
    breakEvenSize: ifEntered(entered, () => breakEvenSize(breakEven)),
    relationshipBudget,
    headroom: map2(relationshipBudget, costPerCustomer, subtract),
    breakdown,
  };
}

/** The metrics that can be null, with the figure each one reads. */
const NULLABLE = {
  revenuePerCustomer: 'revenue',
  revenue: 'revenue',
  costPerCustomer: 'costPerCustomer',
  costShare: 'costShare',
  contributionPerCustomer: 'contribution',
  ltv: 'ltv',
  ltvDiscounted: 'ltvDiscounted',
  ltvWithGrowth: 'ltvWithGrowth',
  ltvToCac: 'ltvToCac',
  paybackMonths: 'paybackMonths',
  breakEvenSize: 'breakEvenSize',
  relationshipBudget: 'relationshipBudget',
  headroom: 'headroom',
} as const satisfies Partial<Record<keyof SegmentEconomics, keyof Figures>>;

const NULLABLE_ENTRIES = Object.entries(NULLABLE) as [keyof typeof NULLABLE, keyof Figures][];

function nullReasonsOf(f: Figures): SegmentEconomics['nullReasons'] {
  const reasons: SegmentEconomics['nullReasons'] = {};
  for (const [metric, figure] of NULLABLE_ENTRIES) {
    const outcome = f[figure];
    if (typeof outcome === 'string') reasons[metric] = outcome as NullReason;
  }
  if (!isValue(f.cac.outcome)) reasons.cac = f.cac.outcome;
  return reasons;
}

/**
 * A segment's economics as the UI reads them. The explanation is built on first read, from the
 * same inputs: most of the thousands computed on every keystroke are never opened, so only the
 * inputs are kept, not every intermediate figure.
 */
class EconomicsResult implements SegmentEconomics {
  readonly #inputs: SegmentInputs;
  #explain: Record<string, ExplainStep[]> | undefined;
  readonly segmentId: Id;
  readonly revenuePerCustomer: number | null;
  readonly partnerMarginRate: number;
  readonly revenue: number | null;
  readonly relationshipCost: number;
  readonly channelCost: number;
  readonly costPerCustomer: number | null;
  readonly costShare: number | null;
  readonly contributionPerCustomer: number | null;
  readonly lifetimeMonths: number;
  readonly ltv: number | null;
  readonly ltvDiscounted: number | null;
  readonly ltvWithGrowth: number | null;
  readonly cac: number | null;
  readonly cacSource: SegmentEconomics['cacSource'];
  readonly ltvToCac: number | null;
  readonly paybackMonths: number | null;
  readonly breakEvenSize: number | null;
  readonly relationshipBudget: number | null;
  readonly headroom: number | null;
  readonly fixedTotal: number;
  readonly staffMonthly: number;
  readonly variablePerCustomer: number;
  readonly acquisitionSpend: number;
  readonly newCustomersPerMonth: number;
  readonly keepTacticsMonthly: number;
  readonly growTacticsMonthly: number;
  readonly savingsMonthly: number;
  readonly breakdown: RelationshipCostBreakdown[];
  readonly nullReasons: Partial<Record<keyof SegmentEconomics, NullReason>>;

  constructor(inputs: SegmentInputs, f: Figures) {
    this.#inputs = inputs;
    this.segmentId = f.segmentId;
    this.revenuePerCustomer = f.entered ? f.arpu : null;
    this.partnerMarginRate = f.partnerMarginRate;
    this.revenue = valueOf(f.revenue);
    this.relationshipCost = f.relationshipCost;
    this.channelCost = f.channelCost;
    this.costPerCustomer = valueOf(f.costPerCustomer);
    this.costShare = valueOf(f.costShare);
    this.contributionPerCustomer = valueOf(f.contribution);
    this.lifetimeMonths = f.lifetime;
    this.ltv = valueOf(f.ltv);
    this.ltvDiscounted = valueOf(f.ltvDiscounted);
    this.ltvWithGrowth = valueOf(f.ltvWithGrowth);
    this.cac = valueOf(f.cac.outcome);
    this.cacSource = f.cac.source;
    this.ltvToCac = valueOf(f.ltvToCac);
    this.paybackMonths = valueOf(f.paybackMonths);
    this.breakEvenSize = valueOf(f.breakEvenSize);
    this.relationshipBudget = valueOf(f.relationshipBudget);
    this.headroom = valueOf(f.headroom);
    this.fixedTotal = f.fixedTotal;
    this.staffMonthly = f.staffMonthly;
    this.variablePerCustomer = f.variablePerCustomer;
    this.acquisitionSpend = f.acquisitionSpend;
    this.newCustomersPerMonth = f.newCustomers;
    this.keepTacticsMonthly = f.keepTacticsMonthly;
    this.growTacticsMonthly = f.growTacticsMonthly;
    this.savingsMonthly = f.savingsMonthly;
    this.breakdown = f.breakdown;
    this.nullReasons = nullReasonsOf(f);
  }

  get explain(): Record<string, ExplainStep[]> {
    return (this.#explain ??= explainEconomics(segmentFigures(this.#inputs)));
  }
}

/** Economics of the segment of `inputs`. */
export function segmentEconomics(inputs: SegmentInputs): SegmentEconomics {
  return new EconomicsResult(inputs, segmentFigures(inputs));
}

/**
 * Unit economics of one segment: revenue, relationship and channel cost, LTV (base, discounted,
 * with growth), CAC, payback, break-even size and relationship budget; undefined for an unknown id.
 * @example computeSegmentEconomics(canvas, 'smb')?.ltvToCac // 6.6 in §2.5's example
 */
export function computeSegmentEconomics(
  canvas: Canvas,
  segmentId: Id,
): SegmentEconomics | undefined {
  const segment = canvas.segments.find((s) => s.id === segmentId);
  return segment && segmentEconomics(segmentInputsOf(canvas, segment));
}

/**
 * The break-even chart of one segment (§9.2): monthly margin and monthly cost at n = 0, at each
 * count where one more person is needed, and at `upToN`. Empty for an unknown segment or while
 * its revenue is not entered (there is no margin to draw).
 * @example breakEvenCurve(keyAccounts, 'key', 100).map((p) => p.n) // [0, 1, 31, 61, 91, 100]
 */
export function breakEvenCurve(canvas: Canvas, segmentId: Id, upToN: number): BreakEvenPoint[] {
  const segment = canvas.segments.find((s) => s.id === segmentId);
  if (!segment || segment.monthlyRevenuePerCustomer === undefined) return [];
  const figures = segmentFigures(segmentInputsOf(canvas, segment));
  return curvePoints(figures.breakEven, Number.isFinite(upToN) ? upToN : 0);
}
