/**
 * The explain steps of a segment's economics, one list per metric (keys under
 * `domain:explain.segment.*`; a null metric explains itself with `domain:nullReasons.*`).
 * Each step is a formula with its inputs, so a learner can redo the sum.
 */
import { staffAt, staffRate, type BreakEvenModel } from './breakEven';
import { explainStep as step } from './explain';
import { isValue, type Outcome } from './outcome';
import type { Channel, Id, RelationshipType } from './schema';
import type { CacSource, ExplainStep, RelationshipCostBreakdown } from './types';

export interface Cac {
  outcome: Outcome;
  source: CacSource;
  /** the relationship type whose default was used */
  type?: RelationshipType;
}

/** The inputs and intermediate results of one segment's calculation. */
export interface Figures {
  segmentId: Id;
  /** whether the revenue per customer is entered (§9.5) */
  entered: boolean;
  size: number;
  grossArpu: number;
  arpu: number;
  grownArpu: number;
  uplift: number;
  partnerMarginRate: number;
  grossMargin: number;
  churn: number;
  revenue: Outcome;
  relationshipsMonthly: number;
  keepTacticsMonthly: number;
  growTacticsMonthly: number;
  acquisitionSpend: number;
  relationshipCost: number;
  channelCost: number;
  channels: readonly Channel[];
  savingsMonthly: number;
  fixedTotal: number;
  staffMonthly: number;
  variablePerCustomer: number;
  breakEven: BreakEvenModel;
  cap: number;
  uncappedLifetime: number;
  lifetime: number;
  monthlyRate: number;
  newCustomers: number;
  isNewCustomersGiven: boolean;
  cac: Cac;
  ltvCacTarget: number;
  maxCostShare: number;
  valueCeiling: Outcome;
  shareCeiling: number;
  costPerCustomer: Outcome;
  channelCostPerCustomer: Outcome;
  costShare: Outcome;
  contribution: Outcome;
  ltv: Outcome;
  ltvDiscounted: Outcome;
  ltvWithGrowth: Outcome;
  ltvToCac: Outcome;
  paybackMonths: Outcome;
  breakEvenSize: Outcome;
  relationshipBudget: Outcome;
  headroom: Outcome;
  breakdown: RelationshipCostBreakdown[];
}

/** Steps for a metric that has a value, or the reason it has none. */
function stepsOr(outcome: Outcome, steps: (result: number) => ExplainStep[]): ExplainStep[] {
  return isValue(outcome) ? steps(outcome) : [{ key: `domain:nullReasons.${outcome}`, values: {} }];
}

// Inputs of a step shown next to a null metric are never read; 0 keeps the values numeric.
const orZero = (outcome: Outcome) => (isValue(outcome) ? outcome : 0);

function cacSteps({ cac, acquisitionSpend, newCustomers }: Figures, result: number): ExplainStep[] {
  switch (cac.source) {
    case 'override':
      return [step('domain:explain.segment.cacOverride', { result })];
    case 'tactics':
      return [
        step('domain:explain.segment.cacTactics', {
          spend: acquisitionSpend,
          newCustomers,
          result,
        }),
      ];
    case 'default_by_type':
      return [step('domain:explain.segment.cacDefault', { type: cac.type ?? '', result })];
  }
}

/** Channel cost (§9.3): the total, then the channels it comes from. */
function channelCostSteps(f: Figures): ExplainStep[] {
  const channels = f.channels.filter((c) => (c.monthlyCost ?? 0) > 0);
  if (channels.length === 0) return [step('domain:explain.segment.channelCostNone', {})];
  return [
    step('domain:explain.segment.channelCost', { size: f.size, result: f.channelCost }),
    ...channels.map((c) =>
      step('domain:explain.segment.channelCostFrom', { channel: c.name, cost: c.monthlyCost ?? 0 }),
    ),
  ];
}

/** Break-even (§9.2): the formula with its inputs, staff counted at the size found. */
function breakEvenSteps(f: Figures, result: number): ExplainStep[] {
  const { fixed, unitMargin, steps } = f.breakEven;
  const values = {
    fixed,
    arpu: f.arpu,
    grossMargin: f.grossMargin,
    variable: f.variablePerCustomer,
    margin: unitMargin,
    result,
  };
  if (steps.length === 0) return [step('domain:explain.segment.breakEven', values)];
  return [
    step('domain:explain.segment.breakEvenStaff', {
      ...values,
      staff: staffAt(steps, result),
      marginAtSize: result * unitMargin,
    }),
  ];
}

/** Why no size breaks even: the margin left after step staff (§9.2). */
function neverBreaksEven(f: Figures): ExplainStep[] {
  const { unitMargin, steps } = f.breakEven;
  return [
    { key: 'domain:nullReasons.no_variable_margin', values: {} },
    step('domain:explain.segment.breakEvenNever', {
      margin: unitMargin,
      staffRate: staffRate(steps),
      result: unitMargin - staffRate(steps),
    }),
  ];
}

/** Every metric's explanation, keyed by metric name. */
export function explainEconomics(f: Figures): Record<string, ExplainStep[]> {
  const { size, arpu, grossMargin, churn, lifetime } = f;
  const costPerCustomer = orZero(f.costPerCustomer);
  const channelCostPerCustomer = orZero(f.channelCostPerCustomer);
  const contribution = orZero(f.contribution);
  const cac = orZero(f.cac.outcome);
  return {
    revenue: stepsOr(f.revenue, (result) => [
      ...(f.partnerMarginRate > 0
        ? [
            step('domain:explain.segment.netArpu', {
              arpu: f.grossArpu,
              partnerMargin: f.partnerMarginRate,
              result: arpu,
            }),
          ]
        : []),
      step('domain:explain.segment.revenue', { size, arpu, result }),
    ]),
    relationshipCost: [
      step('domain:explain.segment.relationshipCost', {
        relationships: f.relationshipsMonthly,
        keepTactics: f.keepTacticsMonthly,
        growTactics: f.growTacticsMonthly,
        result: f.relationshipCost,
      }),
      ...(f.savingsMonthly > 0
        ? [step('domain:explain.segment.savings', { result: f.savingsMonthly })]
        : []),
    ],
    channelCost: channelCostSteps(f),
    costPerCustomer: stepsOr(f.costPerCustomer, (result) => [
      step('domain:explain.segment.costPerCustomer', { cost: f.relationshipCost, size, result }),
    ]),
    costShare: stepsOr(f.costShare, (result) => [
      step('domain:explain.segment.costShare', {
        cost: f.relationshipCost,
        revenue: orZero(f.revenue),
        result,
      }),
    ]),
    contributionPerCustomer: stepsOr(f.contribution, (result) => [
      step('domain:explain.segment.contribution', {
        arpu,
        grossMargin,
        costPerCustomer,
        channelCostPerCustomer,
        result,
      }),
    ]),
    lifetimeMonths: [
      f.uncappedLifetime <= f.cap
        ? step('domain:explain.segment.lifetime', { churn, result: lifetime })
        : step('domain:explain.segment.lifetimeCapped', { churn, cap: f.cap, result: lifetime }),
    ],
    ltv: stepsOr(f.ltv, (result) => [
      step('domain:explain.segment.ltv', { contribution, lifetime, result }),
    ]),
    ltvDiscounted: stepsOr(f.ltvDiscounted, (result) => [
      step('domain:explain.segment.ltvDiscounted', {
        contribution,
        retention: 1 - churn,
        monthlyRate: f.monthlyRate,
        result,
      }),
      step('domain:explain.segment.ltvDiscountedWhy', {}),
    ]),
    ltvWithGrowth: stepsOr(f.ltvWithGrowth, (result) => [
      step('domain:explain.segment.grownArpu', { arpu, uplift: f.uplift, result: f.grownArpu }),
      step('domain:explain.segment.ltvWithGrowth', {
        arpu: f.grownArpu,
        grossMargin,
        costPerCustomer: costPerCustomer + channelCostPerCustomer,
        lifetime,
        result,
      }),
    ]),
    newCustomersPerMonth: [
      f.isNewCustomersGiven
        ? step('domain:explain.segment.newCustomersGiven', { result: f.newCustomers })
        : step('domain:explain.segment.newCustomersSteadyState', {
            churn,
            size,
            result: f.newCustomers,
          }),
    ],
    cac: stepsOr(f.cac.outcome, (result) => cacSteps(f, result)),
    ltvToCac: stepsOr(f.ltvToCac, (result) => [
      step('domain:explain.segment.ltvToCac', { ltv: orZero(f.ltv), cac, result }),
    ]),
    paybackMonths: stepsOr(f.paybackMonths, (result) => [
      step('domain:explain.segment.payback', { cac, contribution, result }),
    ]),
    breakEvenSize:
      f.breakEvenSize === 'no_variable_margin'
        ? neverBreaksEven(f)
        : stepsOr(f.breakEvenSize, (result) => breakEvenSteps(f, result)),
    relationshipBudget: stepsOr(f.relationshipBudget, (result) => [
      step('domain:explain.segment.budget', {
        arpu,
        grossMargin,
        target: f.ltvCacTarget,
        cac,
        lifetime,
        valueCeiling: orZero(f.valueCeiling),
        maxShare: f.maxCostShare,
        shareCeiling: f.shareCeiling,
        result,
      }),
    ]),
    headroom: stepsOr(f.headroom, (result) => [
      step('domain:explain.segment.headroom', {
        budget: orZero(f.relationshipBudget),
        costPerCustomer,
        result,
      }),
    ]),
  };
}
