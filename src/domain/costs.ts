/**
 * Monthly cost of one relationship assignment (DOMAIN.md §2.2):
 * set-up ÷ A + fixed monthly + staff (step function) + variable × served (+ revenue share).
 */
import { COST_MODELS, type ModelInput } from './costModels';
import { explainStep } from './explain';
import { divide } from './math';
import { resolveParams } from './params';
import type { Canvas, RelationshipAssignment, Segment } from './schema';
import { indexCanvas, type SegmentInputs } from './segmentInputs';
import { channelCostOf } from './channelEconomics';
import type { ExplainStep, RelationshipCostBreakdown } from './types';

/** The figures of one relationship; with an `explain` list, also the steps behind them. */
function costFigures(input: ModelInput, explain?: ExplainStep[]) {
  const { inputs, rel, p, served } = input;
  const months = p.amortizationMonths ?? inputs.settings.amortizationMonths;
  const setupMonthly = p.setupCost / months;
  explain?.push(
    explainStep('domain:explain.cost.served', {
      size: inputs.segment.size,
      coverage: rel.coverage,
      result: served,
    }),
    explainStep('domain:explain.cost.setup', {
      setup: p.setupCost,
      months,
      result: setupMonthly,
    }),
  );
  const parts = COST_MODELS[rel.type](input, explain);
  const total =
    setupMonthly +
    parts.fixedMonthly +
    parts.staffMonthly +
    parts.variableMonthly +
    parts.revenueShareMonthly;
  const perCustomer = divide(total, served);
  explain?.push(
    explainStep('domain:explain.cost.total', {
      setup: setupMonthly,
      fixed: parts.fixedMonthly,
      staff: parts.staffMonthly,
      variable: parts.variableMonthly,
      revenueShare: parts.revenueShareMonthly,
      result: total,
    }),
  );
  if (perCustomer !== null) {
    explain?.push(
      explainStep('domain:explain.cost.perCustomer', { total, served, result: perCustomer }),
    );
  }
  return { rel, served, setupMonthly, parts, total, perCustomer };
}

/**
 * A relationship's cost breakdown. Its explanation is built on first read, from the same inputs:
 * an evaluation on every keystroke would otherwise build thousands of steps nobody reads.
 */
class CostBreakdown implements RelationshipCostBreakdown {
  readonly #input: ModelInput;
  #explain: ExplainStep[] | undefined;
  readonly relationshipId: RelationshipCostBreakdown['relationshipId'];
  readonly type: RelationshipCostBreakdown['type'];
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
  readonly staffStep: RelationshipCostBreakdown['staffStep'];

  constructor(input: ModelInput) {
    this.#input = input;
    const { rel, served, setupMonthly, parts, total, perCustomer } = costFigures(input);
    this.relationshipId = rel.id;
    this.type = rel.type;
    this.served = served;
    this.setupMonthly = setupMonthly;
    this.fixedMonthly = parts.fixedMonthly;
    this.staffMonthly = parts.staffMonthly;
    this.variableMonthly = parts.variableMonthly;
    this.revenueShareMonthly = parts.revenueShareMonthly;
    this.savingsMonthly = parts.savingsMonthly;
    this.total = total;
    this.perCustomer = perCustomer;
    this.variablePerSegmentCustomer = parts.variablePerSegmentCustomer;
    this.staff = parts.staff;
    this.staffStep = parts.staffStep;
  }

  get explain(): ExplainStep[] {
    if (!this.#explain) {
      const steps: ExplainStep[] = [];
      costFigures(this.#input, steps);
      this.#explain = steps;
    }
    return this.#explain;
  }
}

/**
 * The cost of `rel` for the segment of `inputs`. `revenuePerCustomer` (net of partner margins)
 * prices co-creation's revenue share.
 */
export function relationshipCost(
  inputs: SegmentInputs,
  rel: RelationshipAssignment,
  revenuePerCustomer: number,
): RelationshipCostBreakdown {
  const p = resolveParams(inputs.settings, rel.type, rel.params);
  return new CostBreakdown({
    inputs,
    rel,
    p,
    served: rel.coverage * inputs.segment.size,
    revenuePerCustomer,
  });
}

/** ARPU net of partner margins (§8.4): what the segment's revenue figures start from. */
export function netRevenuePerCustomer(inputs: SegmentInputs): number {
  return (inputs.segment.monthlyRevenuePerCustomer ?? 0) * (1 - partnerMarginRate(inputs));
}

/**
 * Spec decision (§8.4): a partner channel with both `partnerMargin` and `revenueShare` keeps
 * revenueShare × partnerMargin of the segment's ARPU; own channels keep nothing. Capped at 1.
 */
export function partnerMarginRate({ channels }: SegmentInputs): number {
  let rate = 0;
  for (const channel of channels) {
    if (channel.ownership === 'partner') {
      rate += (channel.revenueShare ?? 0) * (channel.partnerMargin ?? 0);
    }
  }
  return Math.min(1, rate);
}

/** The inputs of one segment, looked up in the whole canvas. */
export function segmentInputsOf(canvas: Canvas, segment: Segment): SegmentInputs {
  const index = indexCanvas(canvas);
  return {
    segment,
    relationships: index.relationshipsOf(segment.id),
    tactics: index.tacticsOf(segment.id),
    channels: index.channelsOf(segment.id),
    settings: canvas.settings,
    channelCost: channelCostOf(canvas, segment),
  };
}

/**
 * Monthly cost of one relationship of a segment, with every step explained.
 * @example computeRelationshipCost(canvas, segment, rel).total // 3538.89 for §2.5's personal line
 */
export function computeRelationshipCost(
  canvas: Canvas,
  segment: Segment,
  rel: RelationshipAssignment,
): RelationshipCostBreakdown {
  const inputs = segmentInputsOf(canvas, segment);
  return relationshipCost(inputs, rel, netRevenuePerCustomer(inputs));
}
