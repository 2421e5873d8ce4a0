/**
 * The one home of every default number (DOMAIN.md §2.2–§2.4, §3): value, suggested range,
 * sources and whether it is an ASSUMPTION. The UI reads `min`/`max` as guidance and the
 * "why this number?" text from `domain:why.<group>.<param>`; the schema only enforces sanity.
 */
import { createId } from './ids';
import type {
  Canvas,
  CanvasLocale,
  CanvasSettings,
  CostParams,
  RelationshipType,
  RuleSettings,
} from './schema';
import type { SourceId } from './sources';

export interface NumericDefault {
  value: number;
  min: number;
  max: number;
  sourceIds: readonly SourceId[];
  /** true when no source gives this number: the UI must present it as editable */
  assumption: boolean;
}
export interface FlagDefault {
  value: boolean;
  sourceIds: readonly SourceId[];
  assumption: boolean;
}
export type ParamDefault = NumericDefault | FlagDefault;

type NumericKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T];
type FlagKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends boolean ? K : never }[keyof T];
export type TypeParamDefaults = Partial<
  Record<NumericKeys<CostParams>, NumericDefault> & Record<FlagKeys<CostParams>, FlagDefault>
>;

const assumed = (value: number, min: number, max: number): NumericDefault => ({
  value,
  min,
  max,
  sourceIds: [],
  assumption: true,
});
const sourced = (
  value: number,
  min: number,
  max: number,
  ...sourceIds: SourceId[]
): NumericDefault => ({ value, min, max, sourceIds, assumption: false });
/** A sourced range or formula, but the exact value is our choice. */
const informed = (
  value: number,
  min: number,
  max: number,
  ...sourceIds: SourceId[]
): NumericDefault => ({ value, min, max, sourceIds, assumption: true });

const TYPE_PARAMS = {
  personal_assistance: {
    setupCost: assumed(5_000, 0, 50_000),
    fixedMonthly: assumed(200, 0, 5_000),
    contactsPerCustomerMonth: assumed(0.5, 0.05, 3),
    handleMinutes: informed(8, 3, 30, 'S17', 'S18'),
    loadedHourlyCost: sourced(40, 20, 80, 'S19'),
    productiveHoursPerFte: sourced(138, 110, 150, 'S19'),
    stepStaffing: { value: false, sourceIds: [], assumption: true },
    outsourcedCostPerContact: informed(6, 2, 15, 'S17', 'S18'),
  },
  dedicated_personal_assistance: {
    setupCost: assumed(10_000, 0, 100_000),
    // Spec decision: §2.3(b) lists no fixed monthly cost for dedicated assistance, so 0.
    fixedMonthly: assumed(0, 0, 10_000),
    accountsPerManager: sourced(50, 5, 200, 'S20'),
    managerMonthlyCost: assumed(9_000, 4_000, 25_000),
  },
  self_service: {
    setupCost: assumed(15_000, 1_000, 250_000),
    fixedMonthly: assumed(500, 50, 10_000),
    selfServiceContactsPerCustomerMonth: assumed(1, 0.1, 10),
    costPerSelfServiceContact: sourced(0.1, 0.01, 1, 'S17'),
    escalationRate: informed(0.1, 0.02, 0.9, 'S17'),
  },
  automated_services: {
    setupCost: informed(60_000, 5_000, 1_000_000, 'S26', 'S6'),
    fixedMonthly: informed(2_500, 200, 50_000, 'S26', 'S6'),
    varPerCustomer: assumed(0.15, 0.01, 1),
    // kA × e of §2.3(d): 0.5 contacts per customer, 5 % of them escalated to a person
    selfServiceContactsPerCustomerMonth: assumed(0.5, 0, 5),
    escalationRate: assumed(0.05, 0, 0.5),
  },
  communities: {
    // Spec decision: §2.3(e) gives no set-up or per-member cost for communities; modest assumptions.
    setupCost: assumed(5_000, 0, 50_000),
    varPerCustomer: assumed(0.02, 0, 0.5),
    platformMonthly: assumed(500, 0, 10_000),
    participationRate: sourced(0.1, 0.01, 0.3, 'S24'),
    activeMembersPerModerator: assumed(1_000, 200, 5_000),
    moderatorMonthlyCost: assumed(5_000, 2_000, 10_000),
    deflectionRate: informed(0.1, 0, 0.5, 'S25'),
  },
  co_creation: {
    setupCost: informed(25_000, 2_000, 500_000, 'S7'),
    reviewTeamMonthly: informed(4_000, 500, 50_000, 'S27'),
    coCreatedRevenueShare: assumed(0.05, 0, 1),
    contributorRevenueShare: sourced(0.01, 0, 0.6, 'S27', 'S28'),
    varPerCustomer: assumed(0.02, 0, 0.5),
  },
} as const satisfies Record<RelationshipType, TypeParamDefaults>;

const SEGMENT_PARAMS = {
  grossMargin: informed(0.6, 0, 1, 'S15'),
  monthlyChurn: informed(0.03, 0.001, 0.5, 'S34'),
  coverage: assumed(1, 0, 1),
  amortizationMonths: assumed(36, 12, 60),
  lifetimeCapMonths: assumed(120, 12, 240),
  annualDiscountRate: informed(0.1, 0, 0.3, 'S16'),
} as const satisfies Record<string, NumericDefault>;

// Midpoints of Skok's CAC bands by sales complexity, via Blank [S9].
const CAC_BY_TYPE = {
  personal_assistance: sourced(1_500, 1_000, 8_000, 'S9'),
  dedicated_personal_assistance: sourced(50_000, 25_000, 200_000, 'S9'),
  self_service: sourced(100, 0, 200, 'S9'),
  automated_services: sourced(100, 0, 200, 'S9'),
  communities: sourced(50, 0, 200, 'S9'),
  co_creation: sourced(50, 0, 200, 'S9'),
} as const satisfies Record<RelationshipType, NumericDefault>;

const RULE_PARAMS = {
  ltvCacTarget: sourced(3, 1, 10, 'S14'),
  paybackMaxMonths: sourced(12, 3, 36, 'S14', 'S15'),
  maxCostShare: sourced(0.2, 0.05, 0.5, 'S21'),
  dedicatedMaxServed: informed(5_000, 100, 100_000, 'S3', 'S20'),
  personalOnlyMaxN: informed(50_000, 1_000, 1_000_000, 'S17', 'S19'),
  minCoreContributors: informed(20, 5, 100, 'S24'),
  highValueArpu: assumed(200, 0, 10_000),
} as const satisfies Record<keyof Omit<RuleSettings, 'disabledRules'>, NumericDefault>;

/** Share of members who do most of the work in a community (the "1" of 90-9-1) [S24]. */
export const CORE_CONTRIBUTOR_SHARE = 0.01;

/** Touch ordinal of each type (§3), used to pick the dominant relationship for the default CAC. */
export const TOUCH_BY_TYPE = {
  self_service: 1,
  automated_services: 2,
  communities: 2,
  co_creation: 3,
  personal_assistance: 4,
  dedicated_personal_assistance: 5,
} as const satisfies Record<RelationshipType, number>;

export const DEFAULTS = {
  typeParams: TYPE_PARAMS,
  segment: SEGMENT_PARAMS,
  cacByType: CAC_BY_TYPE,
  rules: RULE_PARAMS,
} as const;

type Values<T> = {
  -readonly [K in keyof T]: NonNullable<T[K]> extends { value: infer V } ? V : never;
};

/** `{ key: { value } }` → `{ key: value }` */
function valuesOf<T extends Record<string, ParamDefault>>(defaults: T): Values<T> {
  // Object.fromEntries loses the key types that the mapped type restores.
  return Object.fromEntries(
    Object.entries(defaults).map(([key, d]) => [key, d.value]),
  ) as Values<T>;
}

/** Builds a record over the six relationship types (exhaustive by construction). */
export function byRelationshipType<T>(
  pick: (type: RelationshipType) => T,
): Record<RelationshipType, T> {
  return {
    personal_assistance: pick('personal_assistance'),
    dedicated_personal_assistance: pick('dedicated_personal_assistance'),
    self_service: pick('self_service'),
    automated_services: pick('automated_services'),
    communities: pick('communities'),
    co_creation: pick('co_creation'),
  };
}

/** Default parameters of one relationship type, as stored in `settings.typeDefaults`. */
export function defaultTypeParams(type: RelationshipType): CostParams {
  return valuesOf(TYPE_PARAMS[type]);
}

/**
 * Fresh settings holding every default, so a canvas carries its own assumptions.
 * @example createDefaultSettings().rules.ltvCacTarget // 3
 */
export function createDefaultSettings(): CanvasSettings {
  return {
    amortizationMonths: SEGMENT_PARAMS.amortizationMonths.value,
    lifetimeCapMonths: SEGMENT_PARAMS.lifetimeCapMonths.value,
    annualDiscountRate: SEGMENT_PARAMS.annualDiscountRate.value,
    typeDefaults: byRelationshipType(defaultTypeParams),
    defaultCacByType: byRelationshipType((type) => CAC_BY_TYPE[type].value),
    rules: valuesOf(RULE_PARAMS),
  };
}

/**
 * A valid canvas with no content and default settings.
 * @example createEmptyCanvas({ name: 'Mi café', locale: 'es' }).currency // 'EUR'
 */
export function createEmptyCanvas(
  init: { name?: string; currency?: string; locale?: CanvasLocale } = {},
): Canvas {
  return {
    id: createId('canvas'),
    name: init.name ?? '',
    // Spec decision: defaults are in euros (§2.1) and Spanish is the primary language.
    currency: init.currency ?? 'EUR',
    locale: init.locale ?? 'es',
    segments: [],
    valuePropositions: [],
    channels: [],
    relationships: [],
    tactics: [],
    revenueStreams: [],
    keyResources: [],
    keyActivities: [],
    keyPartners: [],
    costStructure: [],
    settings: createDefaultSettings(),
  };
}
