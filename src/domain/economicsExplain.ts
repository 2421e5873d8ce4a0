/**
 * The explain steps of a segment's economics, one list per metric (keys under
 * `domain:explain.segment.*`; a null metric explains itself with `domain:nullReasons.*`).
 */
import { explainStep as step } from './explain';
import { isValue, type Outcome } from './outcome';
import type { RelationshipType } from './schema';
import type { CacSource, ExplainStep } from './types';

export interface Cac {
  outcome: Outcome;
  source: CacSource;
  /** the relationship type whose default was used */
  type?: RelationshipType;
}

/** The inputs and intermediate results of one segment's §2.4 calculation. */
export interface Figures {
  size: number;
  grossArpu: number;
  arpu: number;
  partnerMarginRate: number;
  grossMargin: number;
  churn: number;
  revenue: number;
  relationshipsMonthly: number;
  keepTacticsMonthly: number;
  growTacticsMonthly: number;
  acquisitionSpend: number;
  relationshipCost: number;
  savingsMonthly: number;
  fixedTotal: number;
  variablePerCustomer: number;
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
  costShare: Outcome;
  contribution: Outcome;
  ltv: Outcome;
  ltvDiscounted: Outcome;
  ltvToCac: Outcome;
  paybackMonths: Outcome;
  breakEvenSize: Outcome;
  relationshipBudget: Outcome;
  headroom: Outcome;
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

/** Every metric's explanation, keyed by metric name. */
export function explainEconomics(f: Figures): Record<string, ExplainStep[]> {
  const { size, arpu, grossMargin, churn, lifetime } = f;
  const costPerCustomer = orZero(f.costPerCustomer);
  const contribution = orZero(f.contribution);
  const cac = orZero(f.cac.outcome);
  return {
    revenue: [
      ...(f.partnerMarginRate > 0
        ? [
            step('domain:explain.segment.netArpu', {
              arpu: f.grossArpu,
              partnerMargin: f.partnerMarginRate,
              result: arpu,
            }),
          ]
        : []),
      step('domain:explain.segment.revenue', { size, arpu, result: f.revenue }),
    ],
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
    costPerCustomer: stepsOr(f.costPerCustomer, (result) => [
      step('domain:explain.segment.costPerCustomer', { cost: f.relationshipCost, size, result }),
    ]),
    costShare: stepsOr(f.costShare, (result) => [
      step('domain:explain.segment.costShare', {
        cost: f.relationshipCost,
        revenue: f.revenue,
        result,
      }),
    ]),
    contributionPerCustomer: stepsOr(f.contribution, (result) => [
      step('domain:explain.segment.contribution', { arpu, grossMargin, costPerCustomer, result }),
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
    breakEvenSize: stepsOr(f.breakEvenSize, (result) => [
      step('domain:explain.segment.breakEven', {
        fixed: f.fixedTotal,
        arpu,
        grossMargin,
        variable: f.variablePerCustomer,
        result,
      }),
    ]),
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
