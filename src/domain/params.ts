/**
 * The one parameter resolver (§2.5 clarifications): a relationship's parameters are its own
 * overrides, on top of the canvas' type defaults (`settings.typeDefaults[type]`), on top of the
 * built-in defaults. The UI reads "what applies here" through the same function.
 */
import { byRelationshipType, defaultTypeParams } from './defaults';
import type { CanvasSettings, CostParams, RelationshipType } from './schema';

/** Parameters whose fallback is a canvas setting rather than 0: undefined when no layer sets them. */
type SettingDefault = 'amortizationMonths' | 'minCoreContributors';

/**
 * Every parameter of a type with a value: a number (0 when no layer defines it, e.g. a cost the
 * type does not list), except those that fall back to a canvas setting.
 */
export type Params = Readonly<
  Required<Omit<CostParams, SettingDefault>> & Pick<CostParams, SettingDefault>
>;

const ZEROES: Required<Omit<CostParams, SettingDefault>> = {
  setupCost: 0,
  fixedMonthly: 0,
  contactsPerCustomerMonth: 0,
  handleMinutes: 0,
  loadedHourlyCost: 0,
  productiveHoursPerFte: 0,
  stepStaffing: false,
  outsourcedCostPerContact: 0,
  accountsPerManager: 0,
  managerMonthlyCost: 0,
  selfServiceContactsPerCustomerMonth: 0,
  costPerSelfServiceContact: 0,
  escalationRate: 0,
  varPerCustomer: 0,
  participationRate: 0,
  activeMembersPerModerator: 0,
  moderatorMonthlyCost: 0,
  platformMonthly: 0,
  deflectionRate: 0,
  reviewTeamMonthly: 0,
  coCreatedRevenueShare: 0,
  contributorRevenueShare: 0,
};

/** `base` with every defined value of `layer` on top (an explicit `undefined` overrides nothing). */
function overlay<T extends CostParams>(base: T, layer: CostParams | undefined): T {
  if (!layer) return base;
  const merged = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

// Settings are immutable (the store replaces them), so each one's merged defaults are kept.
const typeParamsBySettings = new WeakMap<CanvasSettings, Record<RelationshipType, Params>>();

function typeParams(settings: CanvasSettings): Record<RelationshipType, Params> {
  let byType = typeParamsBySettings.get(settings);
  if (!byType) {
    byType = byRelationshipType((type) =>
      overlay(overlay({ ...ZEROES }, defaultTypeParams(type)), settings.typeDefaults[type]),
    );
    typeParamsBySettings.set(settings, byType);
  }
  return byType;
}

/**
 * The parameters that apply to a relationship of `type`: `overrides` (its `params`), else the
 * canvas' type defaults, else the built-in defaults, else 0.
 * @example resolveParams(canvas.settings, 'dedicated_personal_assistance').accountsPerManager // 50
 * @example resolveParams(canvas.settings, rel.type, rel.params).handleMinutes // rel's own, if set
 */
export function resolveParams(
  settings: CanvasSettings,
  type: RelationshipType,
  overrides?: CostParams,
): Params {
  return overlay(typeParams(settings)[type], overrides);
}

/**
 * Cost of one live contact from the canvas' personal-assistance defaults: what self-service and
 * automated escalations cost (§2.5 clarification), e.g. 8 / 60 × 40 = 5.333…
 */
export function escalationCost(settings: CanvasSettings): number {
  const p = typeParams(settings).personal_assistance;
  return (p.handleMinutes / 60) * p.loadedHourlyCost;
}

/**
 * Monthly discount rate from the annual one.
 * Spec decision: compound, (1 + annual)^(1/12) − 1, which gives §2.4's 0.008 for 10 %.
 */
export function monthlyDiscountRate(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}
