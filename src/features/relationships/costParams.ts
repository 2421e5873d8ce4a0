import { z } from 'zod/mini';

import {
  DEFAULTS,
  costParamsSchema,
  type CostParams,
  type ParamDefault,
  type Params,
  type RelationshipAssignment,
  type RelationshipType,
} from '@/domain';

/** A parameter a type lists: the domain's resolver always gives it a value (`resolveParams`). */
export type ParamKey = {
  [K in keyof Params]-?: undefined extends Params[K] ? never : K;
}[keyof Params];
export type ParamUnit = 'money' | 'percent' | 'number';

/** How a parameter reads on screen; ratios are edited as 0–100 %. */
const UNITS: Partial<Record<ParamKey, ParamUnit>> = {
  setupCost: 'money',
  fixedMonthly: 'money',
  loadedHourlyCost: 'money',
  outsourcedCostPerContact: 'money',
  managerMonthlyCost: 'money',
  costPerSelfServiceContact: 'money',
  varPerCustomer: 'money',
  moderatorMonthlyCost: 'money',
  platformMonthly: 'money',
  reviewTeamMonthly: 'money',
  escalationRate: 'percent',
  participationRate: 'percent',
  deflectionRate: 'percent',
  coCreatedRevenueShare: 'percent',
  contributorRevenueShare: 'percent',
};

export type ParamInfo = {
  key: ParamKey;
  unit: ParamUnit;
  /** the built-in default with its range and sources */
  builtIn: ParamDefault;
};

/** The parameters DEFAULTS lists for `type`, in the order the domain declares them. */
export function paramsOfType(type: RelationshipType): ParamInfo[] {
  const table: Partial<Record<keyof CostParams, ParamDefault>> = DEFAULTS.typeParams[type];
  return z.keyof(costParamsSchema).options.flatMap((key) => {
    const builtIn = table[key];
    return builtIn && isResolved(key) ? [{ key, unit: UNITS[key] ?? 'number', builtIn }] : [];
  });
}

/** Every parameter but the two that fall back to a canvas setting (no type lists those). */
function isResolved(key: keyof CostParams): key is ParamKey {
  return key !== 'amortizationMonths' && key !== 'minCoreContributors';
}

export function isOverridden(rel: RelationshipAssignment, key: ParamKey): boolean {
  return rel.params?.[key] !== undefined;
}

/** The relationship's params with `key` set, or removed when `value` is undefined. */
export function withParam(
  rel: RelationshipAssignment,
  key: ParamKey,
  value: number | boolean | undefined,
): CostParams | undefined {
  const next: CostParams = { ...rel.params };
  if (value === undefined) delete next[key];
  else Object.assign(next, { [key]: value });
  return Object.keys(next).length > 0 ? next : undefined;
}
