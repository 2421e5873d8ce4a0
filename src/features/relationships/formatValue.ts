import type { TFunction } from 'i18next';

import type { ParamUnit } from './costParams';

/** A parameter value as text in the user's language, through the shared i18n formatters. */
export function formatValue(
  t: TFunction,
  value: number | boolean,
  unit: ParamUnit,
  currency: string,
): string {
  if (typeof value === 'boolean') return value ? t('workbench:value.on') : t('workbench:value.off');
  if (unit === 'money') return t('workbench:value.money', { value, currency });
  if (unit === 'percent') return t('workbench:value.percent', { value });
  return t('workbench:value.number', { value });
}
