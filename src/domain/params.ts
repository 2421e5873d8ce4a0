/**
 * Parameter lookup for one relationship: its own overrides, then the canvas' type defaults,
 * then the built-in defaults (§2.5 clarifications).
 */
import { byRelationshipType, defaultTypeParams } from './defaults';
import type { CanvasSettings, CostParams, RelationshipType } from './schema';

type NumericParam = {
  [K in keyof CostParams]-?: NonNullable<CostParams[K]> extends number ? K : never;
}[keyof CostParams];

export interface Params {
  /** `fallback` (0 unless given) when no layer defines it, e.g. a cost a type does not list */
  num(key: NumericParam, fallback?: number): number;
  flag(key: 'stepStaffing'): boolean;
}

const BUILT_IN = byRelationshipType(defaultTypeParams);

export function paramsOf(
  settings: CanvasSettings,
  type: RelationshipType,
  overrides?: CostParams,
): Params {
  const layers = [overrides, settings.typeDefaults[type], BUILT_IN[type]];
  const find = <K extends keyof CostParams>(key: K): CostParams[K] => {
    for (const layer of layers) {
      const value = layer?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  return { num: (key, fallback = 0) => find(key) ?? fallback, flag: (key) => find(key) ?? false };
}

/**
 * Cost of one live contact from the canvas' personal-assistance defaults: what self-service
 * and automated escalations cost (§2.5 clarification).
 * @example escalationCostPerContact(createDefaultSettings()) // 8 / 60 × 40 = 5.333…
 */
export function escalationCostPerContact(settings: CanvasSettings): number {
  const p = paramsOf(settings, 'personal_assistance');
  return (p.num('handleMinutes') / 60) * p.num('loadedHourlyCost');
}
