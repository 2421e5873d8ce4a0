import {
  DEFAULTS,
  createDefaultSettings,
  createEmptyCanvas,
  defaultTypeParams,
  type ParamDefault,
} from '@/domain/defaults';
import { RELATIONSHIP_TYPES, canvasSchema, canvasSettingsSchema } from '@/domain/schema';
import { SOURCES } from '@/domain/sources';

const groups: [string, Record<string, ParamDefault>][] = [
  ...RELATIONSHIP_TYPES.map((type): [string, Record<string, ParamDefault>] => [
    type,
    DEFAULTS.typeParams[type],
  ]),
  ['segment', DEFAULTS.segment],
  ['cacByType', DEFAULTS.cacByType],
  ['rules', DEFAULTS.rules],
];
const everyDefault = groups.flatMap(([group, params]) =>
  Object.entries(params).map(([name, d]) => ({ id: `${group}.${name}`, d })),
);

describe('DEFAULTS', () => {
  it('should keep every numeric value inside its own suggested range', () => {
    for (const { id, d } of everyDefault) {
      if (typeof d.value !== 'number' || !('min' in d)) continue;
      expect(d.min, id).toBeLessThanOrEqual(d.value);
      expect(d.value, id).toBeLessThanOrEqual(d.max);
    }
  });

  it('should cite only known sources, and cite one whenever a figure is not an assumption', () => {
    for (const { id, d } of everyDefault) {
      for (const sourceId of d.sourceIds) expect(SOURCES, id).toHaveProperty(sourceId);
      if (!d.assumption) expect(d.sourceIds.length, id).toBeGreaterThan(0);
    }
  });

  it('should hold the figures of DOMAIN.md §2.3 and §2.4', () => {
    expect(defaultTypeParams('personal_assistance')).toMatchObject({
      contactsPerCustomerMonth: 0.5,
      handleMinutes: 8,
      loadedHourlyCost: 40,
      productiveHoursPerFte: 138,
      stepStaffing: false,
    });
    expect(defaultTypeParams('dedicated_personal_assistance')).toMatchObject({
      accountsPerManager: 50,
      managerMonthlyCost: 9_000,
      setupCost: 10_000,
    });
    expect(defaultTypeParams('communities')).toMatchObject({
      participationRate: 0.1,
      activeMembersPerModerator: 1_000,
      moderatorMonthlyCost: 5_000,
    });
    expect(DEFAULTS.segment.grossMargin.value).toBe(0.6);
    expect(DEFAULTS.segment.monthlyChurn.value).toBe(0.03);
  });
});

describe('createDefaultSettings', () => {
  it('should build valid settings from DEFAULTS', () => {
    const settings = createDefaultSettings();
    expect(canvasSettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({
      amortizationMonths: 36,
      lifetimeCapMonths: 120,
      annualDiscountRate: 0.1,
      rules: {
        ltvCacTarget: 3,
        paybackMaxMonths: 12,
        maxCostShare: 0.2,
        dedicatedMaxServed: 5_000,
        personalOnlyMaxN: 50_000,
        minCoreContributors: 20,
        highValueArpu: 200,
      },
    });
    for (const type of RELATIONSHIP_TYPES) {
      expect(settings.typeDefaults[type]).toEqual(defaultTypeParams(type));
      expect(settings.defaultCacByType[type]).toBe(DEFAULTS.cacByType[type].value);
    }
  });

  it('should return a fresh copy each time', () => {
    const first = createDefaultSettings();
    first.typeDefaults.personal_assistance.handleMinutes = 99;
    first.rules.ltvCacTarget = 9;
    const second = createDefaultSettings();
    expect(second.typeDefaults.personal_assistance.handleMinutes).toBe(8);
    expect(second.rules.ltvCacTarget).toBe(3);
  });
});

describe('createEmptyCanvas', () => {
  it('should build a valid, empty canvas in euros and Spanish unless told otherwise', () => {
    const canvas = createEmptyCanvas();
    expect(canvasSchema.safeParse(canvas).success).toBe(true);
    expect(canvas).toMatchObject({ name: '', currency: 'EUR', locale: 'es', segments: [] });
    const english = createEmptyCanvas({ name: 'My café', currency: 'USD', locale: 'en' });
    expect(english).toMatchObject({ name: 'My café', currency: 'USD', locale: 'en' });
    expect(english.id).not.toBe(canvas.id);
  });
});
