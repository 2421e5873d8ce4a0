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

// Fields are copied one by one: V8 then keeps them in the object itself (Object.assign or
// spreading into a class instance was ~6× slower at a thousand segments).
class CostBreakdown extends LazyExplain<ExplainStep[]> implements RelationshipCostBreakdown {
  readonly relationshipId: Id;
  readonly type: RelationshipType;
  readonly served: number;
  readonly setupMonthly: number;
  readonly fixedMonthly: number;
  readonly staffMonthly: number;
  readonly variableMonthly: number;
  readonly revenueShareMonthly: number;
  readonly savingsMonthly: number;
  readonly total: number;
  readonly perCustomer: number | null;
  readonly variablePerSegmentCustomer: number;
  readonly staff: RelationshipCostBreakdown['staff'];
  readonly #ctx: SegmentContext;
  readonly #rel: RelationshipAssignment;

  constructor(f: CostFigures, ctx: SegmentContext, rel: RelationshipAssignment) {
    super();
    this.#ctx = ctx;
    this.#rel = rel;
    this.relationshipId = f.relationshipId;
    this.type = f.type;
    this.served = f.served;
    this.setupMonthly = f.setupMonthly;
    this.fixedMonthly = f.fixedMonthly;
    this.staffMonthly = f.staffMonthly;
    this.variableMonthly = f.variableMonthly;
    this.revenueShareMonthly = f.revenueShareMonthly;
    this.savingsMonthly = f.savingsMonthly;
    this.total = f.total;
    this.perCustomer = f.perCustomer;
    this.variablePerSegmentCustomer = f.variablePerSegmentCustomer;
    this.staff = f.staff;
  }

  protected describe(): ExplainStep[] {
    const steps: ExplainStep[] = [];
    costFigures(this.#ctx, this.#rel, steps);
    return steps;
  }
}

/** The figures of one relationship; with an `explain` list, also the steps behind them. */
function costFigures(
  ctx: SegmentContext,
  rel: RelationshipAssignment,
  explain?: ExplainStep[],
): CostFigures {
  const { size } = ctx.segment;
  const p = ctx.params.of(rel.type, rel.params);
  const served = rel.coverage * size;
  const setup = p.num('setupCost');
  const months = p.num('amortizationMonths', ctx.settings.amortizationMonths);
  const setupMonthly = setup / months;
  explain?.push(
    explainStep('domain:explain.cost.served', { size, coverage: rel.coverage, result: served }),
    explainStep('domain:explain.cost.setup', { setup, months, result: setupMonthly }),
  );
  const model = COST_MODELS[rel.type]({ rel, ctx, p, served, explain });
  const total =
    setupMonthly +
    model.fixedMonthly +
    model.staffMonthly +
    model.variableMonthly +
    model.revenueShareMonthly;
  const perCustomer = divide(total, served);
  explain?.push(
    explainStep('domain:explain.cost.total', {
      setup: setupMonthly,
      fixed: model.fixedMonthly,
      staff: model.staffMonthly,
      variable: model.variableMonthly,
      revenueShare: model.revenueShareMonthly,
      result: total,
    }),
  );
  if (perCustomer !== null) {
    explain?.push(
      explainStep('domain:explain.cost.perCustomer', { total, served, result: perCustomer }),
    );
  }
  return {
    relationshipId: rel.id,
    type: rel.type,
    served,
    setupMonthly,
    fixedMonthly: model.fixedMonthly,
    staffMonthly: model.staffMonthly,
    variableMonthly: model.variableMonthly,
    revenueShareMonthly: model.revenueShareMonthly,
    savingsMonthly: model.savingsMonthly,
    total,
    perCustomer,
    variablePerSegmentCustomer:
      rel.coverage * model.variablePerServed + model.revenueSharePerCustomer,
    staff: model.staff,
  };
}

/**
 * The breakdown of one relationship inside an already built segment context. Its steps are
 * recomputed on first read of `explain`, so an evaluation keeps no step objects alive.
 */
export function relationshipCost(
  ctx: SegmentContext,
  rel: RelationshipAssignment,
): RelationshipCostBreakdown {
  return new CostBreakdown(costFigures(ctx, rel), ctx, rel);
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
