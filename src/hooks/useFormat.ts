import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from '@/i18n/useTranslation';

import { roundFigure } from '@/domain';
import { decimalFormat, formatMoney, percentFormat } from '@/i18n/numberFormats';

/** Shown where a domain result is null (not computable), instead of a misleading zero. */
export const NOT_AVAILABLE = '—';

type Num = number | null | undefined;

const finite = (value: Num): value is number => typeof value === 'number' && Number.isFinite(value);

function make(language: string, t: TFunction) {
  const guard = (value: Num, format: (n: number) => string) =>
    finite(value) ? format(value) : NOT_AVAILABLE;
  const money = (value: Num, currency: string) =>
    guard(value, (n) => formatMoney(language, currency, n));
  const decimal = (value: Num, maximumFractionDigits = 2) =>
    guard(value, (n) => decimalFormat(language, maximumFractionDigits).format(n));
  return {
    /** Money in `currency`; whole units from 100 up, the minor unit below (§9.8). */
    money,
    /** A ratio 0..1 as a percentage. */
    percent: (value: Num) => guard(value, (n) => percentFormat(language).format(n)),
    decimal,
    perMonth: (value: Num, currency: string) =>
      guard(value, () => t('common:value.perMonth', { value: money(value, currency) })),
    /** "4.2 : 1" */
    ratio: (value: Num) => guard(value, (n) => t('common:value.ratio', { value: decimal(n, 1) })),
    months: (value: Num) =>
      guard(value, (n) => t('common:value.months', { count: n, value: decimal(n, 1) })),
    /** Whole customers, rounded up: a break-even size of 166.2 needs 167 customers. */
    customers: (value: Num) =>
      guard(value, (n) => {
        const whole = roundFigure('threshold', n);
        return t('common:value.customers', { count: whole, value: decimal(whole, 0) });
      }),
  };
}

export type Format = ReturnType<typeof make>;

/** The one figure formatter: numbers, money and results in the interface language. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => make(language, t), [language, t]);
}
