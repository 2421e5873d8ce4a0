import type { Figures } from './economicsExplain';
import { LazyExplain } from './lazyExplain';
import { isValue, valueOf } from './outcome';
import type { Id } from './schema';
import type { SegmentContext } from './segmentContext';
import type { CacSource, ExplainStep, RelationshipCostBreakdown, SegmentEconomics } from './types';

type ExplainEconomics = (
  ctx: SegmentContext,
  breakdown: readonly RelationshipCostBreakdown[],
) => Record<string, ExplainStep[]>;

/** Why each null metric is null. Spelled out: a loop over metric names was a slow keyed read. */
function nullReasonsOf(f: Figures): SegmentEconomics['nullReasons'] {
  const reasons: SegmentEconomics['nullReasons'] = {};
  if (!isValue(f.costPerCustomer)) reasons.costPerCustomer = f.costPerCustomer;
  if (!isValue(f.costShare)) reasons.costShare = f.costShare;
  if (!isValue(f.ltv)) reasons.ltv = f.ltv;
  if (!isValue(f.ltvDiscounted)) reasons.ltvDiscounted = f.ltvDiscounted;
  if (!isValue(f.ltvToCac)) reasons.ltvToCac = f.ltvToCac;
  if (!isValue(f.paybackMonths)) reasons.paybackMonths = f.paybackMonths;
  if (!isValue(f.breakEvenSize)) reasons.breakEvenSize = f.breakEvenSize;
  if (!isValue(f.relationshipBudget)) reasons.relationshipBudget = f.relationshipBudget;
  if (!isValue(f.headroom)) reasons.headroom = f.headroom;
  if (!isValue(f.contribution)) reasons.contributionPerCustomer = f.contribution;
  if (!isValue(f.cac.outcome)) reasons.cac = f.cac.outcome;
  return reasons;
}

/**
 * The public shape of a segment's economics: values or null (with `nullReasons`), and the
 * explanation built on first read. Fields are copied one by one so V8 keeps them in-object.
 */
export class SegmentEconomicsResult
  extends LazyExplain<Record<string, ExplainStep[]>>
  implements SegmentEconomics
{
  readonly segmentId: Id;
  readonly revenuePerCustomer: number | null;
  readonly partnerMarginRate: number;
  readonly revenue: number | null;
  readonly relationshipCost: number;
  readonly channelCost = 0;
  readonly ltvWithGrowth = null;
  readonly staffMonthly = 0;
  readonly costPerCustomer: number | null;
  readonly costShare: number | null;
  readonly contributionPerCustomer: number | null;
  readonly lifetimeMonths: number;
  readonly ltv: number | null;
  readonly ltvDiscounted: number | null;
  readonly cac: number | null;
  readonly cacSource: CacSource;
  readonly ltvToCac: number | null;
  readonly paybackMonths: number | null;
  readonly breakEvenSize: number | null;
  readonly relationshipBudget: number | null;
  readonly headroom: number | null;
  readonly fixedTotal: number;
  readonly variablePerCustomer: number;
  readonly acquisitionSpend: number;
  readonly newCustomersPerMonth: number;
  readonly keepTacticsMonthly: number;
  readonly growTacticsMonthly: number;
  readonly savingsMonthly: number;
  readonly breakdown: RelationshipCostBreakdown[];
  readonly nullReasons: SegmentEconomics['nullReasons'];
  readonly #ctx: SegmentContext;
  readonly #explainOf: ExplainEconomics;

  /** `explainOf` recomputes the steps from the same inputs (one shared function, no closure). */
  constructor(
    ctx: SegmentContext,
    breakdown: RelationshipCostBreakdown[],
    f: Figures,
    explainOf: ExplainEconomics,
  ) {
    super();
    this.#ctx = ctx;
    this.#explainOf = explainOf;
    this.segmentId = ctx.segment.id;
    const entered = ctx.segment.monthlyRevenuePerCustomer !== undefined;
    this.revenuePerCustomer = entered ? f.arpu : null;
    this.partnerMarginRate = f.partnerMarginRate;
    this.revenue = entered ? f.revenue : null;
    this.relationshipCost = f.relationshipCost;
    this.costPerCustomer = valueOf(f.costPerCustomer);
    this.costShare = valueOf(f.costShare);
    this.contributionPerCustomer = valueOf(f.contribution);
    this.lifetimeMonths = f.lifetime;
    this.ltv = valueOf(f.ltv);
    this.ltvDiscounted = valueOf(f.ltvDiscounted);
    this.cac = valueOf(f.cac.outcome);
    this.cacSource = f.cac.source;
    this.ltvToCac = valueOf(f.ltvToCac);
    this.paybackMonths = valueOf(f.paybackMonths);
    this.breakEvenSize = valueOf(f.breakEvenSize);
    this.relationshipBudget = valueOf(f.relationshipBudget);
    this.headroom = valueOf(f.headroom);
    this.fixedTotal = f.fixedTotal;
    this.variablePerCustomer = f.variablePerCustomer;
    this.acquisitionSpend = f.acquisitionSpend;
    this.newCustomersPerMonth = f.newCustomers;
    this.keepTacticsMonthly = f.keepTacticsMonthly;
    this.growTacticsMonthly = f.growTacticsMonthly;
    this.savingsMonthly = f.savingsMonthly;
    this.breakdown = breakdown;
    this.nullReasons = nullReasonsOf(f);
  }

  protected describe(): Record<string, ExplainStep[]> {
    return this.#explainOf(this.#ctx, this.breakdown);
  }
}
