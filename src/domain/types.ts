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
  /** staff that comes in whole people (managers, moderators, step-mode agents), for break-even */
  staffStep?: StaffStep;
  explain: ExplainStep[];
}

/**
 * Staff hired in whole people (§9.2): at n customers of the segment it needs
 * ⌈n × peoplePerCustomer⌉ people at costPerPerson a month each.
 * @example { peoplePerCustomer: 1 / 30, costPerPerson: 9000 } // a manager per 30 accounts
 */
export interface StaffStep {
  peoplePerCustomer: number;
  costPerPerson: Money;
}

/** Why a metric is null; each has a text under `domain:nullReasons.*`. */
export const NULL_REASONS = [
  /** the segment's revenue per customer is not entered yet (§9.5) */
  'revenue_not_entered',
  'no_customers',
  'no_revenue',
  'non_positive_contribution',
  'zero_cac',
  'no_variable_margin',
  'no_relationship',
  'no_discount_rate',
  'unbounded_lifetime',
  /** LTV is negative: each customer loses money, so a ratio to CAC would mislead (§9.8) */
  'loses_money_per_customer',
  /** no grow tactic of the segment gives an ARPU uplift (§9.4) */
  'no_growth_uplift',
  /** the quotient would not be a finite number (e.g. a vanishingly small divisor) */
  'out_of_range',
] as const;
export type NullReason = (typeof NULL_REASONS)[number];

export type CacSource = 'tactics' | 'override' | 'default_by_type';

export interface SegmentEconomics {
  segmentId: Id;
  /** ARPU net of partner margins (§8.4); null until the revenue is entered (§9.5) */
  revenuePerCustomer: Money | null;
  /** share of ARPU kept by partner channels (0 when none is declared) */
  partnerMarginRate: Ratio;
  /** null until the revenue is entered (§9.5) */
  revenue: Money | null;
  relationshipCost: Money;
  /** the segment's share of its channels' monthly cost, by size (§9.3); not relationship cost */
  channelCost: Money;
  costPerCustomer: Money | null;
  costShare: Ratio | null;
  contributionPerCustomer: Money | null;
  lifetimeMonths: number;
  ltv: Money | null;
  ltvDiscounted: Money | null;
  /** LTV at the ARPU raised by the grow tactics' uplifts (§9.4); null without any uplift */
  ltvWithGrowth: Money | null;
  cac: Money | null;
  cacSource: CacSource;
  ltvToCac: number | null;
  paybackMonths: number | null;
  /**
   * Whole customers at which the monthly margin first covers the fixed cost and the staff
   * steps (§9.2); null with a reason (`no_variable_margin`: never) in `nullReasons`.
   */
  breakEvenSize: number | null;
  relationshipBudget: Money | null;
  headroom: Money | null;
  /** set-up/A + fixed monthly of the relationships, keep and grow tactics, channel cost (§9.2) */
  fixedTotal: Money;
  /** step staff (managers, moderators, step-mode agents) at the segment's current size */
  staffMonthly: Money;
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

/** One segment's part of a channel (§9.3). */
export interface ChannelSegmentShare {
  segmentId: Id;
  /** N_s ÷ Σ N of the channel's segments (equal parts when all are 0) */
  share: Ratio;
  cost: Money;
}

/** Margin against reach, per channel (§9.3): own channels cost money, partners keep margin. */
export interface ChannelEconomics {
  channelId: Id;
  monthlyCost: Money;
  /** Σ N of the channel's segments */
  customersReached: number;
  /** monthly cost ÷ customers reached; null when it reaches nobody */
  costPerCustomer: Money | null;
  /**
   * Monthly revenue kept by the partner (partnerMargin × revenueShare × the segments' revenue);
   * null when the channel declares no partner margin.
   */
  partnerMarginGiven: Money | null;
  segments: ChannelSegmentShare[];
  /** keyed by figure: monthlyCost, customersReached, costPerCustomer, partnerMarginGiven */
  explain: Record<string, ExplainStep[]>;
}

/** A point of the break-even chart (§9.2): monthly margin and cost with n customers. */
export interface BreakEvenPoint {
  n: number;
  /** n × (ARPU × GM − variable cost per customer) */
  margin: Money;
  /** fixed cost + step staff needed for n customers */
  cost: Money;
}

export interface Evaluation {
  /** one per segment, canvas order */
  segments: SegmentEconomics[];
  /** one per channel, canvas order (§9.3) */
  channels: ChannelEconomics[];
  /** revenue counts the segments whose revenue is entered */
  totals: { revenue: Money; relationshipCost: Money; costShare: Ratio | null };
  /** sorted error, warning, hint; then segment canvas order; then rule id */
  findings: Finding[];
}
