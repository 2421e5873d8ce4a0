/**
 * Monthly cost of one relationship assignment (DOMAIN.md §2.2):
 * set-up ÷ A + fixed monthly + staff (step function) + variable × served (+ revenue share).
 */
import { COST_MODELS } from './costModels';
import { explainStep } from './explain';
import { divide } from './math';
import { escalationCostPerContact, paramsOf } from './params';
import type { Canvas, RelationshipAssignment, Segment } from './schema';
import type { SegmentContext } from './segmentContext';
import { segmentContext } from './segmentContext';
import type { RelationshipCostBreakdown } from './types';

/** The breakdown of one relationship inside an already built segment context. */
export function relationshipCost(
  ctx: SegmentContext,
  rel: RelationshipAssignment,
  escalationCost = escalationCostPerContact(ctx.settings),
): RelationshipCostBreakdown {
  const { size } = ctx.segment;
  const p = paramsOf(ctx.settings, rel.type, rel.params);
  const served = rel.coverage * size;
  const setup = p.num('setupCost');
  const months = p.num('amortizationMonths', ctx.settings.amortizationMonths);
  const setupMonthly = setup / months;
  const model = COST_MODELS[rel.type]({ rel, ctx, p, served, escalationCost });
  const total =
    setupMonthly +
    model.fixedMonthly +
    model.staffMonthly +
    model.variableMonthly +
    model.revenueShareMonthly;
  const perCustomer = divide(total, served);

  const explain = [
    explainStep('cost.served', { size, coverage: rel.coverage, result: served }),
    explainStep('cost.setup', { setup, months, result: setupMonthly }),
    ...model.explain,
    explainStep('cost.total', {
      setup: setupMonthly,
      fixed: model.fixedMonthly,
      staff: model.staffMonthly,
      variable: model.variableMonthly,
      revenueShare: model.revenueShareMonthly,
      result: total,
    }),
  ];
  if (perCustomer !== null) {
    explain.push(explainStep('cost.perCustomer', { total, served, result: perCustomer }));
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
    ...(model.staff && { staff: model.staff }),
    explain,
  };
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
