/**
 * Monthly cost of one relationship assignment (DOMAIN.md §2.2):
 * set-up ÷ A + fixed monthly + staff (step function) + variable × served (+ revenue share).
 */
import { COST_MODELS } from './costModels';
import { explainStep } from './explain';
import { LazyExplain } from './lazyExplain';
import { divide } from './math';
import type { Canvas, Id, RelationshipAssignment, RelationshipType, Segment } from './schema';
import type { SegmentContext } from './segmentContext';
import { segmentContext } from './segmentContext';
import type { ExplainStep, RelationshipCostBreakdown } from './types';

type CostFigures = Omit<RelationshipCostBreakdown, 'explain'>;

// The constructor computes straight into the instance's fields: an intermediate figures object
// (or Object.assign / a spread into the instance) costs an allocation per field at scale.
// The figures have no initialisers (computeCost sets each one): a field that starts as 0 becomes
// a double field in V8, which boxes every value, whole numbers included (a tenth more memory per evaluation).
class CostBreakdown extends LazyExplain<ExplainStep[]> implements CostFigures {
  relationshipId: Id;
  type: RelationshipType;
  served!: number;
  setupMonthly!: number;
  fixedMonthly!: number;
  staffMonthly!: number;
  variableMonthly!: number;
  revenueShareMonthly!: number;
  savingsMonthly!: number;
  total!: number;
  perCustomer!: number | null;
  variablePerSegmentCustomer!: number;
  staff: RelationshipCostBreakdown['staff'];
  readonly #ctx: SegmentContext;
  readonly #rel: RelationshipAssignment;

  constructor(ctx: SegmentContext, rel: RelationshipAssignment) {
    super();
    this.#ctx = ctx;
    this.#rel = rel;
    this.relationshipId = rel.id;
    this.type = rel.type;
    computeCost(this, ctx, rel);
  }

  protected describe(): ExplainStep[] {
    const steps: ExplainStep[] = [];
    // into a copy, so reading `explain` never rewrites a figure already handed out
    computeCost({ ...this }, this.#ctx, this.#rel, steps);
    return steps;
  }
}

/**
 * Writes the figures of one relationship into `out`; with an `explain` list, also the steps
 * behind them.
 */
function computeCost(
  out: CostFigures,
  ctx: SegmentContext,
  rel: RelationshipAssignment,
  explain?: ExplainStep[],
): void {
  const { size } = ctx.segment;
  const p = ctx.params.of(rel.type, rel.params);
  const served = rel.coverage * size;
  const setup = p.setupCost;
  const months = p.amortizationMonths ?? ctx.settings.amortizationMonths;
  const setupMonthly = setup / months;
  explain?.push(
    explainStep('domain:explain.cost.served', { size, coverage: rel.coverage, result: served }),
    explainStep('domain:explain.cost.setup', { setup, months, result: setupMonthly }),
  );
  // a model writes only the parts its type has
  out.fixedMonthly = out.staffMonthly = out.variableMonthly = 0;
  out.revenueShareMonthly = out.savingsMonthly = out.variablePerSegmentCustomer = 0;
  out.staff = undefined;
  COST_MODELS[rel.type](rel, ctx, p, served, out, explain);
  const total =
    setupMonthly +
    out.fixedMonthly +
    out.staffMonthly +
    out.variableMonthly +
    out.revenueShareMonthly;
  const perCustomer = divide(total, served);
  explain?.push(
    explainStep('domain:explain.cost.total', {
      setup: setupMonthly,
      fixed: out.fixedMonthly,
      staff: out.staffMonthly,
      variable: out.variableMonthly,
      revenueShare: out.revenueShareMonthly,
      result: total,
    }),
  );
  if (perCustomer !== null) {
    explain?.push(
      explainStep('domain:explain.cost.perCustomer', { total, served, result: perCustomer }),
    );
  }
  out.served = served;
  out.setupMonthly = setupMonthly;
  out.total = total;
  out.perCustomer = perCustomer;
}

/**
 * The breakdown of one relationship inside an already built segment context. Its steps are
 * recomputed on first read of `explain`, so an evaluation keeps no step objects alive.
 */
export function relationshipCost(
  ctx: SegmentContext,
  rel: RelationshipAssignment,
): RelationshipCostBreakdown {
  return new CostBreakdown(ctx, rel);
}

/**
 * Monthly cost of one relationship of a segment, with every step explained.
 * Parameters: `settings.typeDefaults[rel.type]` overridden by `rel.params`.
 * @example computeRelationshipCost(canvas, segment, rel).total // 3538.89 for §2.5's personal line
 */
export function computeRelationshipCost(
  canvas: Canvas,
  segment: Segment,
  rel: RelationshipAssignment,
): RelationshipCostBreakdown {
  return relationshipCost(segmentContext(canvas, segment), rel);
}
