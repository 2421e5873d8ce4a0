/**
 * Parameter lookup for one relationship: its own overrides, then the canvas' type defaults,
 * then the built-in defaults (§2.5 clarifications).
 */
import { byRelationshipType, defaultTypeParams } from './defaults';
import type { CanvasSettings, CostParams, RelationshipType } from './schema';

/** Parameters whose fallback is a canvas setting rather than 0: undefined when no layer sets them. */
type SettingDefault = 'amortizationMonths' | 'minCoreContributors';

/**
 * Every parameter of a type, merged once per evaluation: a number (0 when no layer defines it,
 * e.g. a cost the type does not list), except those that fall back to a canvas setting.
 * Plain fields in one fixed order, so the cost models' reads are cheap named loads on one
 * object shape (a lookup by key name per read was a sixth of the economics' time).
 */
export type Params = Readonly<
  Required<Omit<CostParams, SettingDefault>> & Pick<CostParams, SettingDefault>
>;

const BUILT_IN = byRelationshipType(defaultTypeParams);

/** `base` with every defined value of `layer` on top (an explicit `undefined` overrides nothing). */
function overlay(base: CostParams, layer: CostParams | undefined): CostParams {
  if (!layer) return base;
  const defined = Object.entries(layer).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(defined) };
}

function resolve(values: CostParams): Params {
  return {
    setupCost: values.setupCost ?? 0,
    fixedMonthly: values.fixedMonthly ?? 0,
    amortizationMonths: values.amortizationMonths,
    contactsPerCustomerMonth: values.contactsPerCustomerMonth ?? 0,
    handleMinutes: values.handleMinutes ?? 0,
    loadedHourlyCost: values.loadedHourlyCost ?? 0,
    productiveHoursPerFte: values.productiveHoursPerFte ?? 0,
    stepStaffing: values.stepStaffing ?? false,
    outsourcedCostPerContact: values.outsourcedCostPerContact ?? 0,
    accountsPerManager: values.accountsPerManager ?? 0,
    managerMonthlyCost: values.managerMonthlyCost ?? 0,
    selfServiceContactsPerCustomerMonth: values.selfServiceContactsPerCustomerMonth ?? 0,
    costPerSelfServiceContact: values.costPerSelfServiceContact ?? 0,
    escalationRate: values.escalationRate ?? 0,
    varPerCustomer: values.varPerCustomer ?? 0,
    participationRate: values.participationRate ?? 0,
    activeMembersPerModerator: values.activeMembersPerModerator ?? 0,
    moderatorMonthlyCost: values.moderatorMonthlyCost ?? 0,
    platformMonthly: values.platformMonthly ?? 0,
    deflectionRate: values.deflectionRate ?? 0,
    minCoreContributors: values.minCoreContributors,
    reviewTeamMonthly: values.reviewTeamMonthly ?? 0,
    coCreatedRevenueShare: values.coCreatedRevenueShare ?? 0,
    contributorRevenueShare: values.contributorRevenueShare ?? 0,
  };
}

/** One type's merged layers, and their resolution shared by relationships without overrides. */
class TypeParams {
  readonly resolved: Params;

  constructor(private readonly values: CostParams) {
    this.resolved = resolve(values);
  }

  with(overrides: CostParams | undefined): Params {
    return overrides ? resolve(overlay(this.values, overrides)) : this.resolved;
  }
}

const typeLayer = (settings: CanvasSettings, type: RelationshipType) =>
  new TypeParams(overlay(BUILT_IN[type], settings.typeDefaults[type]));

/**
 * Monthly discount rate from the annual one.
 * Spec decision: compound, (1 + annual)^(1/12) − 1, which gives §2.4's 0.008 for 10 %.
 */
export function monthlyDiscountRate(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}

const costPerLiveContact = (p: Params) => (p.handleMinutes / 60) * p.loadedHourlyCost;

export interface ParamResolver {
  of(type: RelationshipType, overrides?: CostParams): Params;
  /**
   * Cost of one live contact from the canvas' personal-assistance defaults: what self-service
   * and automated escalations cost (§2.5 clarification), e.g. 8 / 60 × 40 = 5.333…
   */
  escalationCost: number;
  /** the canvas' annual discount rate as a monthly one; undefined when the canvas sets none */
  monthlyDiscountRate: number | undefined;
}

/**
 * Resolves parameters for a whole evaluation, merging each type's defaults (and deriving the
 * rates every segment uses) only once.
 * Built per evaluation (never cached on the settings object, which callers may mutate).
 */
export function createParamResolver(settings: CanvasSettings): ParamResolver {
  const byType = byRelationshipType((type) => typeLayer(settings, type));
  return {
    of: (type, overrides) => byType[type].with(overrides),
    escalationCost: costPerLiveContact(byType.personal_assistance.resolved),
    monthlyDiscountRate:
      settings.annualDiscountRate === undefined
        ? undefined
        : monthlyDiscountRate(settings.annualDiscountRate),
  };
}
