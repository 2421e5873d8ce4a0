/**
 * Result types of the domain (computed, never stored, so not zod).
 * Texts are never built here: results carry i18next keys plus plain-number values.
 */
import type { Id, Money, Ratio, RelationshipType } from './schema';

/**
 * One explainable step of a calculation. `key` is a full i18next key in the `domain` namespace
 * and `values` its interpolation values (plain numbers; the locale string picks the format).
 * @example { key: 'domain:explain.personal.costPerContact', values: { minutes: 8, hourly: 40, result: 5.333 } }
 */
export type ExplainStep = { key: string; values: Record<string, number | string> };

export interface RelationshipCostBreakdown {
  relationshipId: Id;
  type: RelationshipType;
  /** customers served by this relationship: coverage × size */
  served: number;
  setupMonthly: Money;
  fixedMonthly: Money;
  staffMonthly: Money;
  variableMonthly: Money;
  revenueShareMonthly: Money;
  /** shown separately; not subtracted from `total` */
  savingsMonthly: Money;
  /** setup + fixed + staff + variable + revenue share */
  total: Money;
  /** total ÷ served; null when nobody is served */
  perCustomer: Money | null;
  /** variable + revenue share per customer of the whole segment (feeds the break-even size) */
  variablePerSegmentCustomer: Money;
  staff?: { fte?: number; managers?: number; moderators?: number; coreContributors?: number };
  explain: ExplainStep[];
}

/** Why a metric is null; each has a text under `domain:nullReasons.*`. */
export const NULL_REASONS = [
  'no_customers',
  'no_revenue',
  'non_positive_contribution',
  'zero_cac',
  'no_variable_margin',
  'no_relationship',
  'no_discount_rate',
  'unbounded_lifetime',
  /** the quotient would not be a finite number (e.g. a vanishingly small divisor) */
  'out_of_range',
] as const;
export type NullReason = (typeof NULL_REASONS)[number];

export type CacSource = 'tactics' | 'override' | 'default_by_type';

export interface SegmentEconomics {
  segmentId: Id;
  /** ARPU net of partner margins (§8.4) */
  revenuePerCustomer: Money;
  /** share of ARPU kept by partner channels (0 when none is declared) */
  partnerMarginRate: Ratio;
  revenue: Money;
  relationshipCost: Money;
  costPerCustomer: Money | null;
  costShare: Ratio | null;
  contributionPerCustomer: Money | null;
  lifetimeMonths: number;
  ltv: Money | null;
  ltvDiscounted: Money | null;
  cac: Money | null;
  cacSource: CacSource;
  ltvToCac: number | null;
  paybackMonths: number | null;
  breakEvenSize: number | null;
  relationshipBudget: Money | null;
  headroom: Money | null;
  /** set-up/A + fixed monthly + staff at its current step + keep tactics */
  fixedTotal: Money;
  variablePerCustomer: Money;
  acquisitionSpend: Money;
  newCustomersPerMonth: number;
  keepTacticsMonthly: Money;
  growTacticsMonthly: Money;
  /** community deflection, shown separately and not subtracted from relationshipCost */
  savingsMonthly: Money;
  breakdown: RelationshipCostBreakdown[];
  nullReasons: Partial<Record<keyof SegmentEconomics, NullReason>>;
  /** keyed by metric name: revenue, relationshipCost, costPerCustomer, ltv, cac, … */
  explain: Record<string, ExplainStep[]>;
}

export const SEVERITIES = ['error', 'warning', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  ruleId: string;
  severity: Severity;
  segmentId?: Id;
  entityIds: Id[];
  messageKey: string;
  values?: Record<string, number | string>;
  suggestionKey?: string;
  explanationKey?: string;
}

export interface Evaluation {
  /** one per segment, canvas order */
  segments: SegmentEconomics[];
  totals: { revenue: Money; relationshipCost: Money; costShare: Ratio | null };
  /** sorted error, warning, hint; then segment canvas order; then rule id */
  findings: Finding[];
}
