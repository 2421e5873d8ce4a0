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

/** `base` with every defined value of `layer` on top (an explicit `undefined` overrides nothing). */
function overlay(base: CostParams, layer: CostParams | undefined): CostParams {
  if (!layer) return base;
  const defined = Object.entries(layer).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(defined) };
}

class ResolvedParams implements Params {
  constructor(private readonly values: CostParams) {}

  num(key: NumericParam, fallback = 0): number {
    return this.values[key] ?? fallback;
  }

  flag(key: 'stepStaffing'): boolean {
    return this.values[key] ?? false;
  }

  with(overrides: CostParams | undefined): ResolvedParams {
    return overrides ? new ResolvedParams(overlay(this.values, overrides)) : this;
  }
}

const typeLayer = (settings: CanvasSettings, type: RelationshipType) =>
  new ResolvedParams(overlay(BUILT_IN[type], settings.typeDefaults[type]));

const costPerLiveContact = (p: Params) => (p.num('handleMinutes') / 60) * p.num('loadedHourlyCost');

export interface ParamResolver {
  of(type: RelationshipType, overrides?: CostParams): Params;
  /**
   * Cost of one live contact from the canvas' personal-assistance defaults: what self-service
   * and automated escalations cost (§2.5 clarification), e.g. 8 / 60 × 40 = 5.333…
   */
  escalationCost: number;
}

/**
 * Resolves parameters for a whole evaluation, merging each type's defaults only once.
 * Built per evaluation (never cached on the settings object, which callers may mutate).
 */
export function createParamResolver(settings: CanvasSettings): ParamResolver {
  const byType = byRelationshipType((type) => typeLayer(settings, type));
  return {
    of: (type, overrides) => byType[type].with(overrides),
    escalationCost: costPerLiveContact(byType.personal_assistance),
  };
}
